"""The compensation delta a packaged path unlocks, computed from its roles' medians.

Pure functions over plain values, so the rule can be read and tested without a
database: the delta runs from the first role's median salary to the last
role's. A median only counts when the role's guide is published and public;
otherwise the delta cannot be computed yet, and the reason names the role.
"""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


@dataclass(frozen=True)
class RoleFigure:
    """What the delta needs to know about one role in the path."""

    title: str
    median_salary: int | None
    is_published: bool


@dataclass(frozen=True)
class CompensationDelta:
    """Either a computed delta (``amount`` set) or the reason it cannot be computed yet."""

    from_role: RoleFigure | None = None
    to_role: RoleFigure | None = None
    amount: int | None = None
    percentage: Decimal | None = None
    reason: str = ""

    @property
    def is_computed(self) -> bool:
        return self.amount is not None

    def formula(self, money: Callable[[int], str] | None = None) -> str:
        """'from Software Engineer's median ($150,000) to AI Engineer's median ($175,000)', amounts written by
        ``money`` (default `format_usd`, the API's whole dollars; pages pass the house style's)."""
        if not self.is_computed:
            return ""
        money = money or format_usd
        return (
            f"from {self.from_role.title}'s median ({money(self.from_role.median_salary)}) "
            f"to {self.to_role.title}'s median ({money(self.to_role.median_salary)})"
        )

    def amount_label(self, money: Callable[[int], str] | None = None) -> str:
        """'+$25,000', '−$10,000' or '$0', the amount written by ``money`` (default `format_usd`)."""
        if self.amount is None:
            return ""
        return f"{_sign(self.amount)}{(money or format_usd)(abs(self.amount))}"

    def label(self, money: Callable[[int], str] | None = None) -> str:
        """'+$25,000 (+16.7%)': the amount and, when it means something, the percentage."""
        percentage = f" ({self.percentage_label})" if self.percentage_label else ""
        return f"{self.amount_label(money)}{percentage}" if self.is_computed else ""

    @property
    def percentage_label(self) -> str:
        """'+16.7%', '−6.3%'; empty when the first median is $0 and a percentage means nothing."""
        if self.percentage is None:
            return ""
        return f"{_sign(self.percentage)}{abs(self.percentage)}%"


def compute_delta(roles: list[RoleFigure]) -> CompensationDelta:
    """The delta from the first role's median to the last role's, or why it cannot be computed."""
    if len(roles) < 2:
        return CompensationDelta(reason="A path needs at least two roles before a delta can be computed.")
    first, last = roles[0], roles[-1]
    for role in (first, last):
        if not role.is_published:
            return CompensationDelta(
                from_role=first,
                to_role=last,
                reason=f"{role.title}'s guide is not published yet, so its median salary cannot be used.",
            )
        if role.median_salary is None:
            return CompensationDelta(
                from_role=first, to_role=last, reason=f"{role.title} has no published median salary yet."
            )
    amount = last.median_salary - first.median_salary
    percentage = None
    if first.median_salary:
        percentage = (Decimal(amount) * 100 / Decimal(first.median_salary)).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )
    return CompensationDelta(from_role=first, to_role=last, amount=amount, percentage=percentage)


def format_usd(amount: int) -> str:
    """Whole US dollars with thousands separators: 175000 -> '$175,000' (the API's wording; pages write
    money in the house style, `roles.presentation.house_style.money`)."""
    return f"${amount:,}"


def _sign(value) -> str:
    if value > 0:
        return "+"
    if value < 0:
        return "\u2212"
    return ""
