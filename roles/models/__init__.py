from roles.models.inlines import (
    LadderStep,
    RoleCertification,
    RoleCompany,
    RoleCourse,
    RoleFAQ,
    RoleSource,
    SalaryBand,
    TransitionPath,
)
from roles.models.occupations import RoleOccupation
from roles.models.pages import RoleIndexPage, RolePage, RoleSkillTag
from roles.models.snippets import Company, RoleFamily, Source

__all__ = [
    "Company",
    "LadderStep",
    "RoleCertification",
    "RoleCompany",
    "RoleCourse",
    "RoleFAQ",
    "RoleFamily",
    "RoleIndexPage",
    "RoleOccupation",
    "RolePage",
    "RoleSkillTag",
    "RoleSource",
    "SalaryBand",
    "Source",
    "TransitionPath",
]
