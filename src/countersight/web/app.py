"""The web app: server-rendered pages and the JSON API over one set of store functions.

Pages use sessions (signed HttpOnly SameSite=Strict cookies) and CSRF tokens on every form; the
API under ``/api/v1/`` uses bearer tokens. Every store error becomes its HTTP status with a
one-line message; a database that is down or locked is a 503 with ``Retry-After``, never a lost
report (a retry with the same idempotency key commits it once).
"""

import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from sqlalchemy import text
from starlette.datastructures import FormData

from countersight import __version__
from countersight.domain import Approach
from countersight.errors import (
    AuthenticationFailed,
    Forbidden,
    InvalidRequest,
    LoginThrottled,
    StoreError,
    StoreUnavailable,
)
from countersight.scan.evidence_html import score_percent
from countersight.screening import Screener
from countersight.store import (
    ReportFilter,
    ReportView,
    Store,
    UserView,
    add_note,
    authenticate,
    create_token,
    create_user,
    dashboard,
    decide,
    evidence_bundle,
    get_report,
    get_user,
    list_reports,
    list_tokens,
    list_users,
    reveal_reporter,
    submit_report,
    user_for_token,
)
from countersight.store.availability import unavailable_as_error
from countersight.web.forms import approach_from_form
from countersight.web.security import (
    CSRF_FIELD,
    CSRF_HEADER,
    LOGIN_COOKIE,
    SESSION_COOKIE,
    SESSION_SECONDS,
    Signer,
)
from countersight.web.uploads import data_uri, reencode
from countersight.web.views import flags, messages_highlighted

STATIC = Path(__file__).parent / "static"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
MAX_FORM_BYTES = 6 * 1024 * 1024
PAGE_SIZE = 50


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("countersight.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["percent"] = score_percent
    env.filters["when"] = lambda d: d.astimezone(UTC).strftime("%Y-%m-%d %H:%M") if d else ""
    return env


def _tlp(form: FormData) -> str | None:
    return str(form.get("tlp") or "") or None


class PageError(Exception):
    """A page request that ends in an error page (not an API error)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def create_app(
    store: Store, screener: Screener, secret: bytes, *, secure_cookies: bool = False
) -> FastAPI:
    """The app over ``store``; ``secure_cookies`` when it is served over HTTPS."""
    app = FastAPI(
        title="countersight",
        version=__version__,
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    env = _environment()
    signer = Signer(secret)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    # -- plumbing --------------------------------------------------------------------------

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_FORM_BYTES:
            return JSONResponse({"error": "request too large"}, status_code=413)
        response: Response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    def render(request: Request, name: str, code: int = 200, **values: Any) -> HTMLResponse:
        session = signer.read(request.cookies.get(SESSION_COOKIE))
        values.setdefault("user", getattr(request.state, "user", None))
        values.setdefault("csrf", signer.csrf(session.sid) if session else "")
        body = env.get_template(name).render(request=request, **values)
        return HTMLResponse(body, status_code=code)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        status = exc.http_status
        extra = {"Retry-After": "5"} if isinstance(exc, StoreUnavailable) else {}
        if isinstance(exc, LoginThrottled):
            extra = {"Retry-After": str(exc.retry_after)}
        if is_api(request):
            return JSONResponse({"error": str(exc)}, status_code=status, headers=extra)
        response = render(request, "error.html", status, message=str(exc), status=status)
        response.headers.update(extra)
        return response

    @app.exception_handler(PageError)
    async def page_error(request: Request, exc: PageError) -> Response:
        return render(request, "error.html", exc.status, message=str(exc), status=exc.status)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = list(exc.errors())
        first: dict[str, Any] = dict(errors[0]) if errors else {"msg": "invalid request"}
        if first.get("type") == "json_invalid":
            detail = (first.get("ctx") or {}).get("error", "not JSON")
            return JSONResponse({"error": f"malformed JSON: {detail}"}, status_code=422)
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        message = f"{where}: {first.get('msg')}" if where else str(first.get("msg"))
        return JSONResponse({"error": message}, status_code=422)

    # -- who is asking -----------------------------------------------------------------------

    def api_user(authorization: Annotated[str | None, Header()] = None) -> UserView:
        if not authorization or not authorization.lower().startswith("bearer "):
            raise AuthenticationFailed("an API token is needed: Authorization: Bearer <token>")
        return user_for_token(store, authorization[7:].strip())

    def page_user(request: Request) -> UserView:
        session = signer.read(request.cookies.get(SESSION_COOKIE))
        if session is None:
            raise PageError(401, "please log in")
        try:
            user = get_user(store, session.user)
        except StoreError:
            raise PageError(401, "please log in again") from None
        request.state.user = user
        request.state.sid = session.sid
        return user

    def staff(user: Annotated[UserView, Depends(page_user)]) -> UserView:
        if not user.is_staff:
            raise Forbidden("this page is for analysts and admins")
        return user

    def admin(user: Annotated[UserView, Depends(page_user)]) -> UserView:
        if user.role != "admin":
            raise Forbidden("this page is for admins")
        return user

    async def form_of(request: Request) -> FormData:
        """The posted form, after its CSRF token is checked against the session."""
        form = await request.form(max_part_size=MAX_FORM_BYTES)
        token = str(form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER) or "")
        sid = getattr(request.state, "sid", None)
        if sid is None or not signer.check_csrf(sid, token):
            raise PageError(403, "the form has expired or did not come from this site; reload it")
        return form

    # -- health and the JSON API -----------------------------------------------------------

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> JSONResponse:
        try:
            with unavailable_as_error(), store.reading() as session:
                session.execute(text("SELECT 1"))
        except StoreUnavailable as exc:
            return JSONResponse({"status": "unavailable", "error": str(exc)}, 503)
        return JSONResponse({"status": "ok"})

    @app.post("/api/v1/reports", status_code=201, tags=["reports"])
    def api_submit(
        approach: Approach,
        response: Response,
        user: Annotated[UserView, Depends(api_user)],
        idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
    ) -> dict[str, Any]:
        """Screen an approach document (CONTRACTS.md section 1) and keep it as a report."""
        report, created = submit_report(store, user, approach, screener, idempotency_key)
        if not created:
            response.status_code = 200
        return {"id": report.id, "assessment": report.assessment.model_dump(mode="json")}

    @app.get("/api/v1/reports/{report_id}", tags=["reports"])
    def api_report(report_id: str, user: Annotated[UserView, Depends(api_user)]) -> dict[str, Any]:
        """One report with its assessment; a reporter sees only their own (others: 404)."""
        report = get_report(store, user, report_id)
        s = report.summary
        return {
            "id": report.id,
            "assessment": report.assessment.model_dump(mode="json"),
            "status": s.status,
            "decision": s.decision,
            "tlp": s.tlp,
            "created_at": s.created_at.isoformat(),
            "reporter": s.reporter,
        }

    @app.get("/api/v1/reports", tags=["reports"])
    def api_reports(
        user: Annotated[UserView, Depends(api_user)],
        band: str | None = None,
        status: str | None = None,
        sector: str | None = None,
        sort: str = "score",
        page: int = 1,
        page_size: int = PAGE_SIZE,
    ) -> dict[str, Any]:
        """A page of reports (a reporter's own; all for analysts and admins)."""
        if sort not in ("score", "date"):
            raise InvalidRequest("sort: use score or date")
        listing = list_reports(
            store,
            user,
            ReportFilter(band=band, status=status, sector=sector),
            sort="score" if sort == "score" else "date",
            page=max(1, page),
            page_size=min(max(1, page_size), 200),
        )
        return {
            "total": listing.total,
            "page": listing.page,
            "pages": listing.pages,
            "items": [
                {
                    "id": r.id,
                    "score": r.score,
                    "band": r.band,
                    "status": r.status,
                    "decision": r.decision,
                    "sector": r.sector,
                    "created_at": r.created_at.isoformat(),
                }
                for r in listing.items
            ],
        }

    # -- pages -------------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def home(request: Request) -> Response:
        session = signer.read(request.cookies.get(SESSION_COOKIE))
        if session is None:
            return RedirectResponse("/login", 303)
        user = page_user(request)
        return RedirectResponse("/queue" if user.is_staff else "/report", 303)

    @app.get("/login", include_in_schema=False)
    def login_page(request: Request) -> Response:
        nonce = request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(16)
        response = render(request, "login.html", login_csrf=signer.csrf(nonce), error=None)
        response.set_cookie(
            LOGIN_COOKIE, nonce, httponly=True, samesite="strict", secure=secure_cookies
        )
        return response

    @app.post("/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await request.form()
        nonce = request.cookies.get(LOGIN_COOKIE) or ""
        if not nonce or not signer.check_csrf(nonce, str(form.get(CSRF_FIELD) or "")):
            raise PageError(403, "the login form has expired; reload it")
        source = request.client.host if request.client else None
        try:
            user = authenticate(
                store, str(form.get("name") or ""), str(form.get("password") or ""), source
            )
        except AuthenticationFailed as exc:
            status = exc.http_status
            return render(
                request, "login.html", status, login_csrf=signer.csrf(nonce), error=str(exc)
            )
        response = RedirectResponse("/queue" if user.is_staff else "/report", 303)
        response.set_cookie(
            SESSION_COOKIE,
            signer.issue(user.name),
            max_age=SESSION_SECONDS,
            httponly=True,
            samesite="strict",
            secure=secure_cookies,
        )
        response.delete_cookie(LOGIN_COOKIE)
        return response

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request, user: Annotated[UserView, Depends(page_user)]) -> Response:
        await form_of(request)
        response = RedirectResponse("/login", 303)
        response.delete_cookie(SESSION_COOKIE)
        return response

    @app.get("/report", include_in_schema=False)
    def report_page(request: Request, user: Annotated[UserView, Depends(page_user)]) -> Response:
        return reporter_page(request, user)

    def reporter_page(
        request: Request,
        user: UserView,
        code: int = 200,
        result: ReportView | None = None,
        error: str | None = None,
        form: dict[str, str] | None = None,
    ) -> HTMLResponse:
        """The form (kept as typed after an error), the last result, and the reporter's reports."""
        mine = list_reports(store, user, sort="date", page=1, page_size=PAGE_SIZE)
        kept = form or {}
        return render(
            request,
            "report.html",
            code,
            mine=mine.items,
            result=result,
            flags=flags(result.approach, result.assessment) if result else [],
            error=error,
            form=kept,
            submission=kept.get("submission") or secrets.token_urlsafe(12),
        )

    @app.post("/report", include_in_schema=False)
    async def report_submit(
        request: Request, user: Annotated[UserView, Depends(page_user)]
    ) -> Response:
        form = await form_of(request)
        fields = {k: v for k, v in form.items() if isinstance(v, str)}
        try:
            photo = None
            upload = form.get("photo")
            if upload is not None and not isinstance(upload, str) and upload.filename:
                data = await upload.read(MAX_FORM_BYTES + 1)
                photo = data_uri(reencode(data, "photo")) if data else None
            approach = approach_from_form(fields, photo)
        except InvalidRequest as exc:
            return reporter_page(request, user, 400, error=str(exc), form=fields)
        key = (fields.get("submission") or "")[:200] or None
        report, _created = submit_report(store, user, approach, screener, key)
        return reporter_page(request, user, result=report)

    @app.get("/reports/{report_id}", include_in_schema=False)
    def my_report(
        request: Request, report_id: str, user: Annotated[UserView, Depends(page_user)]
    ) -> Response:
        report = get_report(store, user, report_id)
        return render(
            request,
            "my_report.html",
            report=report,
            flags=flags(report.approach, report.assessment),
        )

    @app.get("/queue", include_in_schema=False)
    def queue(
        request: Request,
        user: Annotated[UserView, Depends(staff)],
        band: str = "",
        status: str = "",
        sector: str = "",
        sort: str = "score",
        page: int = 1,
    ) -> Response:
        filters = ReportFilter(band=band or None, status=status or None, sector=sector or None)
        listing = list_reports(
            store,
            user,
            filters,
            sort="date" if sort == "date" else "score",
            page=max(1, page),
            page_size=PAGE_SIZE,
        )
        name = "queue_table.html" if request.headers.get("hx-request") else "queue.html"
        return render(
            request,
            name,
            listing=listing,
            query={"band": band, "status": status, "sector": sector, "sort": sort},
        )

    @app.post("/queue/decide", include_in_schema=False)
    async def bulk_decide(request: Request, user: Annotated[UserView, Depends(staff)]) -> Response:
        form = await form_of(request)
        ids = [str(v) for v in form.getlist("ids")][:500]
        if not ids:
            raise PageError(400, "choose at least one report")
        decide(
            store, user, ids, str(form.get("decision") or ""), str(form.get("tlp") or "") or None
        )
        return RedirectResponse("/queue", 303)

    def case_page(
        request: Request, user: UserView, report_id: str, revealed: str | None
    ) -> HTMLResponse:
        report = get_report(store, user, report_id)
        return render(
            request,
            "case.html",
            report=report,
            flags=flags(report.approach, report.assessment),
            messages=messages_highlighted(report.approach, report.assessment),
            revealed=revealed,
        )

    @app.get("/cases/{report_id}", include_in_schema=False)
    def case(
        request: Request, report_id: str, user: Annotated[UserView, Depends(staff)]
    ) -> Response:
        return case_page(request, user, report_id, revealed=None)

    @app.post("/cases/{report_id}/decision", include_in_schema=False)
    async def case_decide(
        request: Request, report_id: str, user: Annotated[UserView, Depends(staff)]
    ) -> Response:
        form = await form_of(request)
        decide(store, user, [report_id], str(form.get("decision") or ""), _tlp(form))
        return RedirectResponse(f"/cases/{report_id}", 303)

    @app.post("/cases/{report_id}/notes", include_in_schema=False)
    async def case_note(
        request: Request, report_id: str, user: Annotated[UserView, Depends(staff)]
    ) -> Response:
        form = await form_of(request)
        add_note(store, user, report_id, str(form.get("text") or ""))
        return RedirectResponse(f"/cases/{report_id}", 303)

    @app.post("/cases/{report_id}/reveal", include_in_schema=False)
    async def case_reveal(
        request: Request, report_id: str, user: Annotated[UserView, Depends(admin)]
    ) -> Response:
        await form_of(request)
        name = reveal_reporter(store, user, report_id)
        return case_page(request, user, report_id, revealed=name)

    @app.get("/cases/{report_id}/bundle.zip", include_in_schema=False)
    def case_bundle(report_id: str, user: Annotated[UserView, Depends(staff)]) -> Response:
        data = evidence_bundle(store, user, report_id)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        return Response(
            data,
            media_type="application/zip",
            headers={
                "Content-Disposition": f'attachment; filename="case-{report_id[:40]}-{stamp}.zip"'
            },
        )

    @app.get("/dashboard", include_in_schema=False)
    def dashboard_page(request: Request, user: Annotated[UserView, Depends(staff)]) -> Response:
        return render(request, "dashboard.html", board=dashboard(store, user))

    @app.get("/admin", include_in_schema=False)
    def admin_page(request: Request, user: Annotated[UserView, Depends(admin)]) -> Response:
        tokens = {u.name: list_tokens(store, u) for u in list_users(store)}
        return render(
            request,
            "admin.html",
            users=list_users(store),
            tokens=tokens,
            new_token=None,
            error=None,
        )

    @app.post("/admin/users", include_in_schema=False)
    async def admin_add_user(
        request: Request, user: Annotated[UserView, Depends(admin)]
    ) -> Response:
        form = await form_of(request)
        create_user(
            store,
            str(form.get("name") or ""),
            str(form.get("role") or ""),
            str(form.get("password") or ""),
            actor=user,
        )
        return RedirectResponse("/admin", 303)

    @app.post("/admin/tokens", include_in_schema=False)
    async def admin_token(request: Request, user: Annotated[UserView, Depends(admin)]) -> Response:
        form = await form_of(request)
        owner = get_user(store, str(form.get("user") or ""))
        token = create_token(store, owner, actor=user)
        tokens = {u.name: list_tokens(store, u) for u in list_users(store)}
        return render(
            request,
            "admin.html",
            users=list_users(store),
            tokens=tokens,
            new_token=(owner.name, token),
            error=None,
        )

    return app
