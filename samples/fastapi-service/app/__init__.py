"""The reference FastAPI service: orders per tenant behind RS256 JWTs, with the seed's production settings."""
