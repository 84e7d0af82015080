from coach.core.settings import MemoryStore, Settings


def test_defaults_round_trip_and_bad_values_fall_back():
    store = MemoryStore()
    settings = Settings(store)
    assert settings.get("units") == "km" and settings.get("sound_on") is True
    settings.set("sound_on", False)
    settings.set("cue_volume", 0.25)
    assert store.values == {"sound_on": "0", "cue_volume": "0.25"}
    assert settings.get("sound_on") is False and settings.get("cue_volume") == 0.25
    store.values.update(cue_volume="loud", units="furlongs")
    assert settings.get("cue_volume") == 0.8 and settings.get("units") == "km"
    store.values["cue_volume"] = "7"
    assert settings.get("cue_volume") == 1.0
