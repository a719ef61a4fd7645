"""Bearer tokens: RS256 JWTs checked against the configured public key, issuer and audience; roles and tenant from claims."""

from dataclasses import dataclass

import jwt
from fastapi import HTTPException, Request, status

from app.config import Settings


@dataclass(frozen=True)
class Principal:
    subject: str
    tenant: str
    roles: frozenset[str]


def _refuse(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=detail, headers={"WWW-Authenticate": "Bearer"})


def authenticate(request: Request, settings: Settings) -> Principal:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise _refuse("missing bearer token")
    try:
        claims = jwt.decode(
            token,
            settings.jwt_public_key,
            algorithms=[settings.jwt_algorithm],
            audience=settings.jwt_audience,
            issuer=settings.auth_provider_issuer,
            options={"require": ["exp", "iat", "sub", "iss", "aud"]},
        )
    except jwt.PyJWTError as error:
        raise _refuse("invalid token") from error
    tenant = claims.get("tenant")
    roles = claims.get("roles", [])
    if not isinstance(tenant, str) or not tenant or not isinstance(roles, list):
        raise _refuse("invalid token")
    return Principal(subject=str(claims["sub"]), tenant=tenant, roles=frozenset(str(r) for r in roles))


def require(principal: Principal, role: str) -> None:
    if role not in principal.roles and "admin" not in principal.roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail=f"the {role} role is required")
