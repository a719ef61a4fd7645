"""settings.validate_config(): what production refuses and what it warns about."""

import pytest

from app.config import ConfigurationError
from tests.conftest import make_settings

PRODUCTION = {"environment": "production", "database_url": "postgresql://db.internal/orders"}


def test_a_production_configuration_is_valid() -> None:
    assert make_settings(**PRODUCTION).validate_config() == []


@pytest.mark.parametrize("algorithm", ["HS256", "none"])
def test_tokens_of_a_symmetric_or_no_algorithm_cannot_be_verified_with_the_public_key(algorithm: str) -> None:
    # The algorithm itself is the gate's JWT_ALGORITHM rule; the service only ever verifies with the public key.
    assert make_settings(jwt_algorithm=algorithm).validate_config() == []


def test_a_missing_public_key_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="JWT_PUBLIC_KEY"):
        make_settings(jwt_public_key="").validate_config()


def test_production_refuses_sqlite_http_issuers_and_wildcard_origins() -> None:
    with pytest.raises(ConfigurationError) as refused:
        make_settings(environment="production", auth_provider_issuer="http://login", cors_allowed_origins="*").validate_config()
    assert "AUTH_PROVIDER_ISSUER" in str(refused.value)
    assert "SQLite" in str(refused.value)
    assert "CORS_ALLOWED_ORIGINS" in str(refused.value)


def test_debug_logs_and_sql_echo_are_warnings_in_production() -> None:
    warnings = make_settings(**PRODUCTION, log_level="debug", sqlalchemy_echo=True, expose_docs=True).validate_config()
    assert len(warnings) == 3
