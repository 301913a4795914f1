from __future__ import annotations

import pytest

from kordon import process
from kordon.threats import find_threats


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Пограничники задержали наркокурьера с 14 кг гашиша.", {"drug_trafficking"}),
        ("Der Heroinschmuggel über die Balkanroute nimmt zu.", {"drug_trafficking"}),
        (
            "Cooperation against terrorism, extremism and cybercrime was discussed.",
            {"terrorism", "extremism", "cybercrime"},
        ),
        ("Таможенники изъяли 11,5 тонн прекурсоров.", {"precursors"}),
        (
            "Beamte fanden 24.000 unversteuerte Zigaretten, der Fahrer wurde wegen Schmuggels festgenommen.",
            {"smuggling"},
        ),
        ("Border guards prevented the smuggling of 12 kg of heroin.", {"drug_trafficking"}),
        (
            "Die Schleuser brachten Migranten über die Grenze; es ging um Menschenhandel.",
            {"migrant_smuggling", "human_trafficking"},
        ),
        ("The delegations discussed trade and tourism.", set()),
    ],
)
def test_labels(text: str, labels: set[str]) -> None:
    assert set(find_threats(text)) == labels


def test_evidence_and_organisation_names() -> None:
    doc = process("Делегация Антитеррористического центра СНГ обсудила борьбу с наркотрафиком.")
    facts = {t.label: t for t in doc.threats}
    assert set(facts) == {"drug_trafficking"}  # "Антитеррористический центр" is a body's name
    span = facts["drug_trafficking"].spans[0]
    assert doc.text[span.start : span.end] == "наркотрафиком"
    assert facts["drug_trafficking"].component == "threats"
