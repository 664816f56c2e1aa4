import stat

from processus.config.secret import load_or_create_secret_key


def test_secret_key_is_generated_once_and_kept(tmp_path):
    data_dir = tmp_path / "var"
    first = load_or_create_secret_key(data_dir)
    assert len(first) >= 50
    assert load_or_create_secret_key(data_dir) == first
    mode = (data_dir / "secret_key").stat().st_mode
    assert stat.S_IMODE(mode) == 0o600


def test_each_data_dir_has_its_own_key(tmp_path):
    assert load_or_create_secret_key(tmp_path / "a") != load_or_create_secret_key(tmp_path / "b")


def test_existing_key_is_read(tmp_path):
    (tmp_path / "secret_key").write_text("kept-key\n")
    assert load_or_create_secret_key(tmp_path) == "kept-key"
