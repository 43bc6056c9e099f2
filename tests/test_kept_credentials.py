"""Reusing a kept credentials Secret: decoding it, and the program's use of it per stack."""

import base64

import pytest

from components import kept_credentials
from components.database import KeptCredentials
from mocking import is_secret, resolve, run_program


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def test_secret_data_is_decoded() -> None:
    data = {"root-password": _b64("Kept123"), "keyfile": _b64("k" * 756)}
    kept = kept_credentials.from_secret_data(
        {**data, "user-guestbook": _b64("App456")}, "ns/db-credentials"
    )
    assert kept == KeptCredentials(
        root_password="Kept123", keyfile="k" * 756, user_passwords={"guestbook": "App456"}
    )


def test_a_secret_missing_a_key_is_an_error_not_a_reset() -> None:
    with pytest.raises(RuntimeError, match="ns/db-credentials lacks keyfile"):
        kept_credentials.from_secret_data({"root-password": _b64("x")}, "ns/db-credentials")


def test_prod_reuses_kept_credentials_and_keeps_the_secret_on_destroy() -> None:
    kept = KeptCredentials(
        root_password="KeptPassword0123456789abcdefABCD",
        keyfile="k" * 756,
        user_passwords={"app": "KeptAppPassword0123456789abcdefA"},
    )
    program = run_program("prod", kept_credentials=kept)
    uri = program.outputs["db_connection_string"]
    assert is_secret(uri)
    assert resolve(uri).startswith("mongodb://app:KeptAppPassword0123456789abcdefA@")
    credentials = program.mocks.named("Secret", "db-credentials").inputs["stringData"]
    assert "KeptPassword0123456789abcdefABCD" in str(credentials), "root stays, for operators"
    assert "app-db-credentials" in program.mocks.retained_on_delete


def test_dev_never_keeps_or_reuses_credentials() -> None:
    kept = KeptCredentials(root_password="ShouldNotBeUsed", keyfile="k" * 756)
    program = run_program("dev", kept_credentials=kept)
    assert "ShouldNotBeUsed" not in resolve(program.outputs["db_connection_string"])
    assert "app-db-credentials" not in program.mocks.retained_on_delete
