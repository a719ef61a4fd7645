"""Starts the service: validates the configuration first (the seed's settings.validate_config()), then serves with uvicorn.
`python3 -m app --port 8080`; `python3 -m app --validate-config` only validates."""

import argparse
import logging
import sys

import uvicorn

from app import logs
from app.config import ConfigurationError, settings


def main() -> int:
    parser = argparse.ArgumentParser(prog="python3 -m app")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--validate-config", action="store_true")
    arguments = parser.parse_args()
    logs.configure(settings.log_level)
    log = logging.getLogger("app")
    try:
        warnings = settings.validate_config()
    except ConfigurationError as error:
        log.error("configuration invalid", extra={"reason": str(error)})
        return 1
    for warning in warnings:
        log.warning("configuration warning", extra={"reason": warning})
    if arguments.validate_config:
        log.info("configuration valid")
        return 0
    from app.main import create_app

    uvicorn.run(create_app(), host=arguments.host, port=arguments.port, log_config=None, access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
