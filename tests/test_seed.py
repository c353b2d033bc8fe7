"""The project's seed article, when ../shared is beside the checkout (it is in CI)."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwatch.cli import main
from eventwatch.records import EVENT_KEYS

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_70623a27b97a395d.txt"


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not beside this checkout")
def test_seed_article_attack_negation_question_and_conditional():
    res = CliRunner().invoke(main, ["code", str(SEED), "--format", "jsonl", "--all-modalities"],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.stderr
    events = [json.loads(x) for x in res.stdout.splitlines()]
    assert all(tuple(e) == EVENT_KEYS for e in events)
    attack = [e for e in events if e["modality"] == "asserted" and e["quad_class"] == 4
              and (e["source"] or {}).get("country") == "SYR"
              and (e["target"] or {}).get("country") == "TUR"]
    assert attack, events
    a = attack[0]
    assert a["plover"] == "ASSAULT" and a["cameo_root"] in ("18", "19")
    assert a["target"]["sector"] == "MIL"
    assert a["date"] == "2020-02-27" and a["fatalities"] == 33
    assert a["location"]["name"].startswith("Idlib") and a["location"]["country"] == "SYR"
    # the Russian strike is denied, the NATO sentence is a question, the escalation conditional
    rus = [e for e in events if (e["source"] or {}).get("country") == "RUS"
           and e["cameo_root"] in ("18", "19")]
    assert rus and all(e["modality"] == "negated" for e in rus)
    nato = [e for e in events if ((e["source"] or {}).get("code") or "").startswith("IGONAT")]
    assert nato and all(e["modality"] in ("question", "hypothetical") for e in nato)
    coop = [e for e in events if e["modality"] == "asserted" and e["plover"] == "COOPERATE"
            and {(e["source"] or {}).get("country"), (e["target"] or {}).get("country")}
            == {"TUR", "RUS"}]
    assert coop
    # Turkey naming the regime as the attacker is an accusation
    blame = [e for e in events if e["modality"] == "asserted" and e["plover"] == "ACCUSE"
             and (e["source"] or {}).get("country") == "TUR"
             and (e["target"] or {}).get("code") == "SYRGOV"]
    assert blame, events
