"""Guides whose official figures moved: due for review at once, with the figures on record.

``occupations`` announces a release that moved a linked occupation's national
median or projected growth category (``official_figures_moved``); here each
guide linked to such an occupation gets a review flag holding the old and new
figures (shown in the Reviews due report and the reminder e-mail) and an entry
in its history.
"""

from collections import defaultdict

from django.dispatch import receiver
from wagtail import hooks
from wagtail.log_actions import LogFormatter, log

from occupations.signals import official_figures_moved
from reviews.flags import raise_flag
from roles.models import RoleOccupation

OFFICIAL_FIGURES_MOVED_ACTION = "roles.official_figures_moved"


def _detail(change) -> dict:
    return {
        "label": f"{change.occupation_code} {change.occupation_title}, {change.measure.lower()}",
        "old": f"{change.old} ({change.old_release})",
        "new": f"{change.new} ({change.new_release})",
    }


@receiver(official_figures_moved, dispatch_uid="roles.flag_guides_for_moved_figures")
def flag_guides_for_moved_figures(sender, release, changes, **kwargs):
    changes_by_occupation = defaultdict(list)
    for change in changes:
        changes_by_occupation[change.occupation_id].append(change)
    links = RoleOccupation.objects.filter(occupation_id__in=changes_by_occupation).select_related("page")
    details_by_page, pages = defaultdict(list), {}
    for link in links:
        pages[link.page_id] = link.page
        details_by_page[link.page_id].extend(_detail(change) for change in changes_by_occupation[link.occupation_id])
    reason = f"Official figures moved ({release})"
    for page_id, page in pages.items():
        details = details_by_page[page_id]
        raise_flag(page, reason, details)
        log(instance=page, action=OFFICIAL_FIGURES_MOVED_ACTION, data={"release": str(release), "changes": details})


@hooks.register("register_log_actions")
def register_official_figures_action(actions):
    @actions.register_action(OFFICIAL_FIGURES_MOVED_ACTION)
    class OfficialFiguresMovedFormatter(LogFormatter):
        label = "Official figures moved"

        def format_message(self, log_entry):
            changes = "; ".join(
                f"{item['label']}: {item['old']} → {item['new']}" for item in log_entry.data.get("changes", [])
            )
            return f"Official figures moved in {log_entry.data.get('release', 'a new release')}: {changes}"
