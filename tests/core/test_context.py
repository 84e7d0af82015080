from coach.core.clock import FakeClock
from coach.core.context import CoachContext
from coach.core.paths import DataPaths


def test_open_builds_the_diary_settings_and_catalog_once(tmp_path):
    paths = DataPaths(tmp_path / "data")
    context = CoachContext.open(paths, FakeClock())
    try:
        assert context.settings.get("units") in ("km", "mi")
        assert "knee-strength" in context.catalog.routines  # the built-in routines
        assert context.diary.runs() == []
        assert not paths.routine_cache.exists()  # only the app asks for the cache
    finally:
        context.close()


def test_a_given_diary_is_used_not_reopened(tmp_path, diary):
    context = CoachContext.open(diary.paths, FakeClock(), diary=diary)
    assert context.diary is diary


def test_the_cli_context_hands_out_the_same_kind_of_context(tmp_path):
    from coach.commands.context import Context

    cli = Context(DataPaths(tmp_path / "data"), FakeClock())
    try:
        assert isinstance(cli.core, CoachContext)
        assert cli.core.diary is cli.diary and cli.core.catalog is cli.catalog
    finally:
        cli.close()
