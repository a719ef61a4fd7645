"""Orders of the caller's tenant: list and search (bound parameters only), create, read, delete."""

from collections.abc import Callable, Iterator
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, status
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth import Principal, authenticate, require
from app.config import Settings
from app.models import Order


class OrderIn(BaseModel):
    customer: str = Field(..., min_length=1, max_length=200)
    item: str = Field(..., min_length=1, max_length=200)
    quantity: int = Field(..., ge=1, le=10_000)
    note: str = Field("", max_length=1000)


class OrderOut(OrderIn):
    id: int
    tenant_id: str

    class Config:
        orm_mode = True


def router(settings: Settings, sessions: Callable[[], Iterator[Session]]) -> APIRouter:
    api = APIRouter(prefix="/api/orders", tags=["orders"])

    def principal(request: Request) -> Principal:
        return authenticate(request, settings)

    def owned(session: Session, caller: Principal, order_id: int) -> Order:
        order = session.get(Order, order_id)
        if order is None or (settings.enforce_tenant_isolation and order.tenant_id != caller.tenant):
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail="order not found")
        return order

    @api.get("", response_model=list[OrderOut])
    def list_orders(
        customer: str | None = Query(None, max_length=200),
        search: str | None = Query(None, max_length=200),
        limit: int = Query(50, ge=1, le=200),
        caller: Principal = Depends(principal),
        session: Session = Depends(sessions),
    ) -> Any:
        require(caller, "orders:read")
        query = select(Order).where(Order.tenant_id == caller.tenant)
        if customer is not None:
            query = query.where(Order.customer == customer)
        if search is not None:
            query = query.where(Order.item.contains(search, autoescape=True))
        return session.scalars(query.order_by(Order.id).limit(limit)).all()

    @api.post("", response_model=OrderOut, status_code=status.HTTP_201_CREATED)
    def create_order(body: OrderIn, caller: Principal = Depends(principal), session: Session = Depends(sessions)) -> Any:
        require(caller, "orders:write")
        order = Order(tenant_id=caller.tenant, **body.dict())
        session.add(order)
        session.commit()
        session.refresh(order)
        return order

    @api.get("/{order_id}", response_model=OrderOut)
    def read_order(order_id: int, caller: Principal = Depends(principal), session: Session = Depends(sessions)) -> Any:
        require(caller, "orders:read")
        return owned(session, caller, order_id)

    @api.delete("/{order_id}", status_code=status.HTTP_204_NO_CONTENT)
    def delete_order(order_id: int, caller: Principal = Depends(principal), session: Session = Depends(sessions)) -> None:
        require(caller, "admin")
        session.delete(owned(session, caller, order_id))
        session.commit()

    return api
