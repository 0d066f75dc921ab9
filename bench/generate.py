#!/usr/bin/env python3
"""Generates N realistic practice fiches for the benchmarks, as a JSON array in the shape of the
API's fiche (GET /api/v1/practices/{id}), which the product's import reads.

The text comes from a word model (order-2 Markov chains) of the demo fiches, so the search does real
Dutch work (compounds, stems, synonyms); taxonomy combinations, statuses and budgets are drawn from the
demo fiches; municipalities are spread over all Flemish municipalities of 2025.

Usage: bench/generate.py N [SEED] > fiches.json
"""
import csv
import json
import os
import random
import re
import sys
import unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, "src/main/resources/demo/practices.json")
MUNICIPALITIES = os.path.join(ROOT, "src/main/resources/reference/vl_bxl_gemeenten_2025.csv")
START = ("<s>", "<s>")


class Chain:
    """An order-2 Markov chain over words."""

    def __init__(self, texts):
        self.next = defaultdict(list)
        for text in texts:
            words = text.split()
            state = START
            for word in words:
                self.next[state].append(word)
                state = (state[1], word)
            self.next[state].append("</s>")

    def sentence(self, rng, max_words):
        words, state = [], START
        while len(words) < max_words:
            choices = self.next.get(state)
            if not choices:
                break
            word = rng.choice(choices)
            if word == "</s>":
                break
            words.append(word)
            state = (state[1], word)
        return " ".join(words)

    def text(self, rng, min_chars, max_chars, max_words=60):
        for _ in range(20):
            text = self.sentence(rng, max_words)
            if min_chars <= len(text) <= max_chars:
                return text
        return text[:max_chars].rsplit(" ", 1)[0]


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text or "") if len(s.strip()) > 20]


def slugify(name):
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def main():
    count = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 2026)
    with open(DEMO, encoding="utf-8") as f:
        demo = [p for p in json.load(f) if p.get("language", "nl") == "nl"]
    with open(MUNICIPALITIES, encoding="utf-8") as f:
        municipalities = [(r["nis_code"], r["naam"]) for r in csv.DictReader(f) if r["gewest"] == "Vlaams Gewest"]

    titles = Chain(p["title"] for p in demo)
    summaries = Chain(s for p in demo for s in sentences(p["summary"]))
    descriptions = Chain(s for p in demo for s in sentences(p.get("description")))
    items = {field: Chain(i for p in demo for i in p.get(field) or [])
             for field in ("successFactors", "obstacles", "lessons", "steps", "fundingSources", "partners")}
    quotes = Chain(p["testimony"]["quote"] for p in demo if p.get("testimony"))
    results = [r for p in demo for r in p.get("results") or []]

    order = municipalities[:]
    rng.shuffle(order)
    fiches = []
    for n in range(count):
        # every municipality gets fiches before any gets a second one
        nis, name = order[n % len(order)] if n < len(order) else rng.choice(municipalities)
        model = rng.choice(demo)
        others = rng.sample(municipalities, rng.choice([0, 0, 0, 1, 2]))
        year = rng.randint(2015, 2026)
        fiche = {
            "title": titles.text(rng, 20, 120, 14),
            "summary": " ".join(summaries.text(rng, 60, 140, 24) for _ in range(2))[:300].rsplit(" ", 1)[0],
            "description": "\n\n".join(
                " ".join(descriptions.text(rng, 40, 300) for _ in range(rng.randint(2, 4)))
                for _ in range(rng.randint(2, 4))),
            "language": "nl",
            "leadOrganisation": {"slug": slugify(name), "name": name, "type": "gemeente"},
            "municipalities": [{"nisCode": code, "name": label} for code, label in [(nis, name)] + others],
            "themes": model["themes"],
            "strategies": model.get("strategies") or [],
            "levers": model.get("levers") or [],
            "sdgs": model.get("sdgs") or [],
            "status": model["status"],
            "targetGroup": model.get("targetGroup"),
            "startDate": f"{year}-{rng.randint(1, 12):02d}-01",
            "endDate": None,
            "budgetEur": rng.choice([None, rng.randrange(2_000, 900_000, 500)]),
            "staffEffort": model.get("staffEffort"),
            "results": [dict(r, year=min(2026, year + 1)) for r in rng.sample(results, rng.randint(0, 3))],
            "links": [],
            "testimony": {"quote": quotes.text(rng, 30, 300), "author": None} if rng.random() < 0.3 else None,
            "provenance": "bench/generate.py",
            "demo": True,
        }
        for field, chain in items.items():
            fiche[field] = [chain.text(rng, 10, 200, 25) for _ in range(rng.randint(0, 4))]
        fiches.append(fiche)
    json.dump(fiches, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
