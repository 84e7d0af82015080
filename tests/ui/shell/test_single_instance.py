"""A second start hands its request to the running app over a local socket."""

from coach.ui.shell.single_instance import InstanceServer, ask_running_app, server_name


def test_a_second_start_reaches_the_first(qtbot, tmp_path):
    name = server_name(tmp_path)
    server = InstanceServer(name)
    assert server.listening
    with qtbot.waitSignal(server.request, timeout=5000) as request:
        assert ask_running_app(name, "knee-strength")
    assert request.args == ["knee-strength"]
    with qtbot.waitSignal(server.request, timeout=5000) as request:
        assert ask_running_app(name, None)
    assert request.args == [""]


def test_nobody_listening_is_reported_not_raised(tmp_path):
    assert ask_running_app(server_name(tmp_path / "elsewhere"), None) is False


def test_names_differ_per_data_folder(tmp_path):
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
