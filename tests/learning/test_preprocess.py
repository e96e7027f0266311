"""Inference text takes the shape of the training text; names and places never reach a model."""

from __future__ import annotations

import csv

from countersight.learning.preprocess import blind, emscad_form, stop_words

from conftest import ROOT

EMSCAD = ROOT / "data" / "emscad" / "emscad_balanced_preprocessed_train.csv"


def test_emscad_form_matches_the_training_text() -> None:
    raw = "We're HIRING!!! Earn $500/week from home. Visit https://x.example/apply or mail hr@x.io"
    assert emscad_form(raw) == "hiring earn 500 week home visit mail"
    assert emscad_form("<p>Data&amp;Entry</p>") == "data amp entry"


def test_no_stop_word_survives_in_the_training_rows_or_at_inference() -> None:
    with EMSCAD.open(encoding="utf-8", newline="") as f:
        words = {w for row in csv.DictReader(f) for w in row["text"].split()}
    assert not words & stop_words()  # the shipped list is the one the data was cleaned with
    assert not set(emscad_form("Don't you think it's what they all do?").split()) & stop_words()


def test_blind_removes_names_places_and_nationalities() -> None:
    text = "Dear Dr Chen, I am Li Wei, a Chinese consultant in Shanghai. Travel to the USA paid."
    out = blind(text, ["Li Wei"])
    for gone in ("li", "wei", "chinese", "shanghai", "usa"):
        assert gone not in out.split()
    assert "consultant" in out and "travel" in out and "paid" in out


def test_blind_is_the_same_whoever_the_sender_is() -> None:
    a = blind("Best regards, Olga Ivanova, Moscow", ["Olga Ivanova"])
    b = blind("Best regards, John Smith, London", ["John Smith"])
    assert a == b == "best regards"
