"""The people and places of the synthetic exports: one multicultural pool of names (whatever
the label, so that names carry no signal), mojibake as exports write it, and the owner's sectors,
employers, cities and universities."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

# culture: (male first names, female first names, last names as "male|female" or one form)
# fmt: off
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "english": (
        ("James", "Thomas", "Daniel", "Matthew", "Oliver", "Andrew", "Michael", "Ben",),
        ("Olivia", "Emily", "Charlotte", "Hannah", "Sophie", "Rachel", "Laura", "Grace",),
        ("Smith", "Taylor", "Brown", "Wilson", "Evans", "Clarke", "Hughes", "Walker", "Wright",
         "Robinson", "Thompson", "Green", "Hall", "Wood", "Turner", "Harris",),
    ),
    "american": (
        ("Tyler", "Brandon", "Kevin", "Ryan", "Jason", "Eric",),
        ("Ashley", "Megan", "Jessica", "Lauren", "Brittany", "Kayla",),
        ("Johnson", "Miller", "Davis", "Anderson", "Martinez", "Cooper", "Reed", "Bailey",
         "Washington", "Jackson",),
    ),
    "chinese": (
        ("Wei", "Hao", "Jun", "Lei", "Tao", "Zhiwei", "Xiaoming", "Chen",),
        ("Jing", "Mei", "Yan", "Xin", "Ying", "Lina", "Xiaoli", "Yu",),
        ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
         "Ma", "Zhu", "Hu", "Guo",),
    ),
    "indian": (
        ("Rahul", "Arjun", "Vikram", "Rohan", "Sanjay", "Aditya", "Karthik", "Siddharth",),
        ("Priya", "Ananya", "Sneha", "Kavya", "Divya", "Meera", "Lakshmi", "Neha",),
        ("Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Singh", "Rao", "Menon", "Joshi",
         "Kulkarni", "Banerjee", "Chatterjee", "Pillai", "Desai", "Mehta",),
    ),
    "arabic": (
        ("Omar", "Ahmed", "Youssef", "Khalid", "Hassan", "Karim", "Tariq", "Ali",),
        ("Layla", "Fatima", "Nour", "Amira", "Mariam", "Rania", "Salma", "Hana",),
        ("Haddad", "Khoury", "Mansour", "Saleh", "Nasser", "Hamdan", "Farouk", "Aziz", "Rahman",
         "Qasim", "Darwish", "Barakat", "Suleiman", "El-Amin", "Al-Sayed",),
    ),
    "persian": (
        ("Reza", "Dariush", "Kaveh", "Arash", "Babak", "Farid", "Navid", "Omid",),
        ("Shirin", "Leila", "Parisa", "Niloufar", "Mahsa", "Roya", "Sara", "Yasmin",),
        ("Tehrani", "Ahmadi", "Hosseini", "Karimi", "Rostami", "Moradi", "Jafari", "Sadeghi",
         "Rahimi", "Kazemi", "Shirazi", "Farahani", "Mousavi", "Bahrami", "Nazari",),
    ),
    "russian": (
        ("Dmitri", "Sergei", "Alexei", "Ivan", "Mikhail", "Pavel", "Andrei", "Nikolai",),
        ("Anastasia", "Ekaterina", "Olga", "Natalia", "Irina", "Svetlana", "Yulia", "Tatiana",),
        ("Ivanov|Ivanova", "Smirnov|Smirnova", "Popov|Popova", "Volkov|Volkova",
         "Sokolov|Sokolova", "Lebedev|Lebedeva", "Kozlov|Kozlova", "Novikov|Novikova",
         "Morozov|Morozova", "Orlov|Orlova", "Fedorov|Fedorova", "Sorokin|Sorokina",),
    ),
    "ukrainian": (
        ("Oleksandr", "Andriy", "Taras", "Bohdan", "Yaroslav",),
        ("Olena", "Iryna", "Oksana", "Halyna", "Solomiya",),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko",
         "Marchenko",),
    ),
    "korean": (
        ("Min-jun", "Ji-ho", "Jae-won", "Hyun-woo", "Seung-hoon", "Dong-hyun",),
        ("Seo-yeon", "Ha-eun", "Soo-jin", "Ji-young", "Eun-ji", "Min-seo",),
        ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
         "Shin",),
    ),
    "japanese": (
        ("Haruto", "Takumi", "Kenji", "Hiroshi", "Daisuke", "Ren",),
        ("Yui", "Aoi", "Sakura", "Yuki", "Naoko", "Emi",),
        ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
         "Kobayashi", "Kato", "Yoshida", "Yamada",),
    ),
    "spanish": (
        ("José", "Alejandro", "Javier", "Andrés", "Raúl", "Sergio", "Pablo", "Martín",),
        ("María", "Lucía", "Sofía", "Valentina", "Camila", "Inés", "Ana", "Elena",),
        ("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
         "Gómez", "Díaz", "Muñoz", "Álvarez", "Romero", "Ortiz", "Navarro", "Castillo",),
    ),
    "french": (
        ("François", "Étienne", "Julien", "Mathieu", "Thibault", "Rémi", "Sébastien", "Nicolas",),
        ("Camille", "Amélie", "Chloé", "Léa", "Margaux", "Océane", "Hélène", "Céline",),
        ("Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Bonnet", "Dupont", "Lambert",
         "Fontaine", "Rousseau", "Chevalier", "Leroy", "Garnier", "Mercier", "Faure", "Rivière",),
    ),
    "german": (
        ("Jürgen", "Lukas", "Matthias", "Tobias", "Florian", "Stefan", "Björn", "Uwe",),
        ("Katrin", "Anja", "Jana", "Sabine", "Julia", "Lena", "Miriam", "Franziska",),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
         "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",),
    ),
    "polish": (
        ("Łukasz", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał",),
        ("Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Magdalena", "Zofia",),
        ("Nowak", "Kowalski|Kowalska", "Wiśniewski|Wiśniewska", "Wójcik", "Kamiński|Kamińska",
         "Lewandowski|Lewandowska", "Zieliński|Zielińska", "Szymański|Szymańska",
         "Dąbrowski|Dąbrowska", "Kozłowski|Kozłowska",),
    ),
    "nigerian": (
        ("Chinedu", "Oluwaseun", "Emeka", "Tunde", "Ikenna", "Segun",),
        ("Ngozi", "Adaeze", "Funmilayo", "Chiamaka", "Folake", "Amaka",),
        ("Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Olawale", "Obi", "Adebayo",
         "Chukwu", "Ogunleye", "Afolabi",),
    ),
    "vietnamese": (
        ("Minh", "Huy", "Quang", "Dũng", "Tuấn",),
        ("Linh", "Thảo", "Trang", "Phương", "Hương",),
        ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô",),
    ),
    "turkish": (
        ("Emre", "Mehmet", "Burak", "Can", "Oğuz",),
        ("Zeynep", "Elif", "Ayşe", "Selin", "Gül",),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan",
         "Doğan",),
    ),
    "nordic": (
        ("Søren", "Lars", "Magnus", "Henrik", "Jørgen",),
        ("Ingrid", "Astrid", "Freja", "Sigrid", "Linnéa",),
        ("Jensen", "Hansen", "Nielsen", "Andersson", "Johansson", "Lindqvist", "Berg",
         "Håkansson", "Østergaard", "Dahl",),
    ),
    "italian": (
        ("Marco", "Luca", "Matteo", "Giorgio", "Niccolò",),
        ("Giulia", "Francesca", "Chiara", "Alessia", "Federica",),
        ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
         "Marino", "De Luca",),
    ),
    "israeli": (
        ("Yonatan", "Eitan", "Avi", "Itai",),
        ("Noa", "Tamar", "Maya", "Shira",),
        ("Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Avraham", "Katz",),
    ),
    "greek": (
        ("Georgios", "Dimitris", "Nikos", "Yannis",),
        ("Eleni", "Maria", "Katerina", "Sofia",),
        ("Papadopoulos|Papadopoulou", "Georgiou", "Nikolaidis|Nikolaidou", "Konstantinou",
         "Pappas", "Vlachos|Vlachou", "Alexiou", "Karagiannis|Karagianni",),
    ),
    "brazilian": (
        ("João", "Thiago", "Gustavo", "Rafael", "Vinícius",),
        ("Ana", "Beatriz", "Larissa", "Juliana", "Letícia",),
        ("Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Araújo",
         "Gonçalves",),
    ),
    "irish": (
        ("Ciarán", "Seán", "Pádraig", "Eoin",),
        ("Siobhán", "Aoife", "Niamh", "Orla",),
        ("O'Brien", "Murphy", "Kelly", "O'Sullivan", "Byrne", "McCarthy", "Walsh", "Ó Briain",),
    ),
    "pakistani": (
        ("Bilal", "Usman", "Hamza", "Imran",),
        ("Ayesha", "Zainab", "Sana", "Hira",),
        ("Khan", "Qureshi", "Malik", "Chaudhry", "Siddiqui", "Butt",),
    ),
}
# fmt: on
CULTURE_NAMES = tuple(CULTURES)

# Native-script spellings some people use on LinkedIn (both parts must be here to be used).
NATIVE = {
    "Wei": "伟", "Hao": "浩", "Lei": "磊", "Jing": "静", "Mei": "梅", "Yan": "燕",
    "Wang": "王", "Li": "李", "Zhang": "张", "Liu": "刘", "Chen": "陈", "Yang": "杨",
    "Dmitri": "Дмитрий", "Sergei": "Сергей", "Ivan": "Иван", "Olga": "Ольга", "Irina": "Ирина",
    "Ivanov": "Иванов", "Ivanova": "Иванова", "Smirnov": "Смирнов", "Smirnova": "Смирнова",
    "Popov": "Попов", "Popova": "Попова",
    "Kenji": "健二", "Yuki": "由紀", "Sato": "佐藤", "Suzuki": "鈴木", "Tanaka": "田中",
    "Omar": "عمر", "Layla": "ليلى", "Fatima": "فاطمة", "Haddad": "حداد", "Saleh": "صالح",
    "Min-jun": "민준", "Seo-yeon": "서연", "Kim": "김", "Lee": "이", "Park": "박",
}  # fmt: skip

MOJIBAKE_TABLE = tuple(
    bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
    for b in range(256)
)


def mojibake(text: str) -> str:
    """``text``'s UTF-8 bytes read as Windows-1252 (Latin-1 where 1252 has no character)."""
    if text.isascii():
        return text
    return "".join(MOJIBAKE_TABLE[b] for b in text.encode("utf-8"))


FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss",
                       "æ": "ae", "œ": "oe", "ı": "i"})  # fmt: skip


def slugify(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(FOLD))
    folded = folded.encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    shown_first: str
    shown_last: str
    url: str
    company: str = ""
    position: str = ""
    email: str = ""

    @property
    def name(self) -> str:
        """The real name (what the person would type)."""
        return f"{self.first} {self.last}"

    @property
    def shown(self) -> str:
        """The name as written in the export files (perhaps mojibake)."""
        return f"{self.shown_first} {self.shown_last}"


MEMBER = Person("LinkedIn", "Member", "LinkedIn", "Member", "")


class Names:
    """Unique people drawn from the pool; one instance per export."""

    def __init__(self, rng: random.Random, garble: bool) -> None:
        self.rng = rng
        self.garble = garble
        self.used: set[str] = set()
        self.slugs: set[str] = set()

    def draw(self, *, latin_only: bool = False, company: str = "", position: str = "") -> Person:
        rng = self.rng
        for attempt in range(40):
            culture = CULTURES[rng.choice(CULTURE_NAMES)]
            female = rng.random() < 0.5
            first = rng.choice(culture[1] if female else culture[0])
            mixed = attempt >= 2 or rng.random() < 0.15  # mixed heritage, or married names
            if mixed:
                culture = CULTURES[rng.choice(CULTURE_NAMES)]
            forms = rng.choice(culture[2]).split("|")
            last = forms[-1] if female else forms[0]
            latin = f"{first} {last}"
            if attempt >= 4:  # the pool is crowded: add a middle initial
                first = f"{first} {rng.choice('ABCDEFGHJKLMNPRSTW')}."
            elif (
                not (latin_only or mixed)
                and first in NATIVE
                and last in NATIVE
                and rng.random() < 0.3
            ):
                first, last = NATIVE[first], NATIVE[last]
            full = f"{first} {last}"
            if full not in self.used:
                break
        if full in self.used:  # pragma: no cover - 40 draws all taken is astronomically unlikely
            first = f"{first} {len(self.used)}"
            full = latin = f"{first} {last}"
        self.used.add(full)
        slug = slugify(latin if not full.isascii() and not slugify(full) else full) or "member"
        if rng.random() < 0.8 or slug in self.slugs:
            slug = f"{slug}-{rng.getrandbits(32):08x}"
        self.slugs.add(slug)
        shown_first, shown_last = first, last
        garbled = (mojibake(first), mojibake(last))
        # (not when the mojibake ends in a no-break space, which a reader would strip: 张 -> å¼\xa0)
        if (
            self.garble
            and not full.isascii()
            and garbled == tuple(g.strip() for g in garbled)
            and rng.random() < 0.5
        ):
            shown_first, shown_last = garbled
        email = ""
        if rng.random() < 0.15:
            domain = rng.choice(("gmail.com", "outlook.com", "proton.me", "yahoo.com"))
            email = f"{slugify(full).replace('-', '.') or 'contact'}@{domain}"
        return Person(
            first, last, shown_first, shown_last, f"https://www.linkedin.com/in/{slug}",
            company, position, email,
        )  # fmt: skip


# --------------------------------------------------------------------------------------------
# The owner's world.


@dataclass(frozen=True)
class Sector:
    industry: str
    employers: tuple[str, ...]
    titles: tuple[str, ...]
    topics: tuple[str, ...]
    events: tuple[str, ...]


SECTORS: dict[str, Sector] = {
    "quantum": Sector(
        "Research Services",
        ("IBM Quantum", "Google Quantum AI", "Quantinuum", "IonQ", "Rigetti Computing",
         "PsiQuantum", "Oxford Ionics", "Riverlane", "Xanadu", "Pasqal", "Alice & Bob",
         "Oxford Quantum Circuits", "Q-CTRL", "Infleqtion", "Universal Quantum"),
        ("Quantum Hardware Engineer", "Senior Research Scientist, Quantum Error Correction",
         "Ion Trap Physicist", "Quantum Control Engineer", "Postdoctoral Researcher"),
        ("surface code decoding", "two-qubit gate fidelities", "ion shuttling",
         "cryogenic control electronics", "readout calibration", "leakage reduction",
         "photonic interconnects"),
        ("APS March Meeting", "QIP", "IEEE Quantum Week", "Q2B", "Quantum.Tech"),
    ),
    "semiconductors": Sector(
        "Semiconductors",
        ("ASML", "Arm", "Intel", "TSMC", "GlobalFoundries", "Infineon Technologies",
         "NXP Semiconductors", "Applied Materials", "Lam Research", "imec",
         "STMicroelectronics", "Cadence Design Systems", "Synopsys", "Micron Technology"),
        ("Process Integration Engineer", "Senior Lithography Engineer",
         "Design Verification Engineer", "Physical Design Lead", "Device Physicist"),
        ("EUV overlay", "GAA transistor variability", "yield learning", "advanced packaging",
         "timing closure", "chiplet interconnects"),
        ("SPIE Advanced Lithography", "IEDM", "DAC", "VLSI Symposium", "SEMICON West"),
    ),
    "ai": Sector(
        "Technology, Information and Internet",
        ("Google DeepMind", "OpenAI", "Anthropic", "Microsoft Research", "Meta AI", "NVIDIA",
         "Hugging Face", "Mistral AI", "Cohere", "Graphcore", "Wayve",
         "the Alan Turing Institute"),
        ("Machine Learning Research Scientist", "Senior ML Engineer",
         "Research Engineer, Model Evaluation", "AI Safety Researcher"),
        ("reward modelling", "distributed training", "model evaluation", "interpretability",
         "inference optimisation", "data curation"),
        ("NeurIPS", "ICML", "ICLR", "PyData London", "the AI Summit London"),
    ),
    "defence": Sector(
        "Defense and Space Manufacturing",
        ("BAE Systems", "QinetiQ", "Thales", "Leonardo", "MBDA", "Lockheed Martin",
         "Northrop Grumman", "Raytheon", "Babcock International", "Saab", "Rheinmetall",
         "General Dynamics", "Dstl", "Ultra Electronics"),
        ("Systems Engineer", "Radar Signal Processing Engineer",
         "Principal Electronic Warfare Engineer", "Test & Evaluation Lead"),
        ("radar signal processing", "sensor fusion", "systems integration", "EMC testing",
         "requirements management", "model-based systems engineering"),
        ("DSEI", "the RUSI Land Warfare Conference", "Eurosatory",
         "the INCOSE UK Annual Systems Engineering Conference"),
    ),
    "aerospace": Sector(
        "Aviation and Aerospace Component Manufacturing",
        ("Airbus", "Rolls-Royce", "Boeing", "GKN Aerospace", "Safran", "SpaceX", "Blue Origin",
         "Surrey Satellite Technology", "OneWeb", "ESA", "Collins Aerospace", "Skyrora"),
        ("Propulsion Engineer", "Senior Stress Engineer", "GNC Engineer",
         "Flight Software Engineer"),
        ("combustor thermoacoustics", "composite fatigue testing", "attitude control",
         "flight software verification", "hydrogen propulsion", "thermal vacuum testing"),
        ("the Farnborough Airshow", "the Paris Air Show", "the International Astronautical "
         "Congress", "AIAA SciTech", "the UK Space Conference"),
    ),
}  # fmt: skip
SECTOR_NAMES = tuple(SECTORS)

# city, geo location, currency symbol
CITIES = (
    ("London", "London, England, United Kingdom", "£"),
    ("Cambridge", "Cambridge, England, United Kingdom", "£"),
    ("Oxford", "Oxford, England, United Kingdom", "£"),
    ("Bristol", "Bristol, England, United Kingdom", "£"),
    ("Edinburgh", "Edinburgh, Scotland, United Kingdom", "£"),
    ("Munich", "Munich, Bavaria, Germany", "€"),
    ("Delft", "Delft, South Holland, Netherlands", "€"),
    ("Eindhoven", "Eindhoven, North Brabant, Netherlands", "€"),
    ("Grenoble", "Grenoble, Auvergne-Rhône-Alpes, France", "€"),
    ("Boston", "Boston, Massachusetts, United States", "$"),
    ("San Francisco", "San Francisco Bay Area", "$"),
    ("Seattle", "Seattle, Washington, United States", "$"),
    ("Austin", "Austin, Texas, United States", "$"),
    ("Toronto", "Toronto, Ontario, Canada", "$"),
    ("Zurich", "Zurich, Switzerland", "CHF "),
    ("Dublin", "Dublin, County Dublin, Ireland", "€"),
    ("Singapore", "Singapore", "S$"),
)
UNIVERSITIES = (
    "University of Oxford", "University of Cambridge", "Imperial College London", "ETH Zurich",
    "TU Delft", "University of Bristol", "Massachusetts Institute of Technology",
    "University of Toronto", "University of Edinburgh", "Technical University of Munich",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
TIMES = ("9:30", "10am", "11:00", "noon", "1pm", "2:30", "3pm", "4:15", "5pm")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "September",
           "October", "November")  # fmt: skip
