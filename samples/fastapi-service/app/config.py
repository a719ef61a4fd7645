"""Settings from the environment (pydantic), and the validation the seed runs before launch: settings.validate_config()."""

from pydantic import BaseSettings, Field


class ConfigurationError(ValueError):
    """The configuration cannot run in production."""


class Settings(BaseSettings):
    """Every setting the service reads; the defaults are for a developer's machine."""

    environment: str = Field("local", env="ENVIRONMENT")
    log_level: str = Field("info", env="LOG_LEVEL")
    database_url: str = Field("sqlite:///./local.db", env="DATABASE_URL")
    sqlalchemy_echo: bool = Field(False, env="SQLALCHEMY_ECHO")
    db_pool_size: int = Field(10, env="DB_POOL_SIZE")
    db_max_overflow: int = Field(10, env="DB_MAX_OVERFLOW")
    db_pool_timeout: int = Field(30, env="DB_POOL_TIMEOUT")
    db_pool_recycle: int = Field(1800, env="DB_POOL_RECYCLE")
    db_pool_pre_ping: bool = Field(True, env="DB_POOL_PRE_PING")
    auth_provider_type: str = Field("oidc", env="AUTH_PROVIDER_TYPE")
    auth_provider_issuer: str = Field("", env="AUTH_PROVIDER_ISSUER")
    jwt_algorithm: str = Field("RS256", env="JWT_ALGORITHM")
    jwt_public_key: str = Field("", env="JWT_PUBLIC_KEY")
    jwt_audience: str = Field("fastapi-service", env="JWT_AUDIENCE")
    multi_tenant: bool = Field(True, env="MULTI_TENANT")
    enforce_tenant_isolation: bool = Field(True, env="ENFORCE_TENANT_ISOLATION")
    cors_allowed_origins: str = Field("", env="CORS_ALLOWED_ORIGINS")
    rate_limit_per_minute: int = Field(600, env="RATE_LIMIT_PER_MINUTE")
    expose_docs: bool = Field(False, env="EXPOSE_DOCS")
    storage_provider: str = Field("local", env="STORAGE_PROVIDER")
    storage_local_path: str = Field("./uploads", env="STORAGE_LOCAL_PATH")
    max_file_size_bytes: int = Field(10 * 1024 * 1024, env="MAX_FILE_SIZE_BYTES")

    @property
    def cors_origins(self) -> list[str]:
        return [origin.strip() for origin in self.cors_allowed_origins.split(",") if origin.strip()]

    def validate_config(self) -> list[str]:
        """Raises ConfigurationError for what cannot run in production; returns warnings for what should be looked at."""
        errors: list[str] = []
        warnings: list[str] = []
        if not self.jwt_public_key.strip().startswith("-----BEGIN PUBLIC KEY-----"):
            errors.append("JWT_PUBLIC_KEY is not a PEM public key")
        if self.environment == "production":
            if not self.auth_provider_issuer.startswith("https://"):
                errors.append("AUTH_PROVIDER_ISSUER must be an https URL in production")
            if self.database_url.startswith("sqlite"):
                errors.append("DATABASE_URL points at SQLite in production")
            if any(o == "*" or o.startswith("http://") for o in self.cors_origins):
                errors.append("CORS_ALLOWED_ORIGINS allows a wildcard or plain http in production")
            if self.log_level.lower() == "debug":
                warnings.append("LOG_LEVEL=debug in production")
            if self.sqlalchemy_echo:
                warnings.append("SQLALCHEMY_ECHO=true in production")
            if self.expose_docs:
                warnings.append("EXPOSE_DOCS=true in production")
        if errors:
            raise ConfigurationError("; ".join(errors))
        return warnings


settings = Settings()
