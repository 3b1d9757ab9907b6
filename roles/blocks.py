"""StreamField blocks for the ordered prose lists of a role guide."""

from wagtail import blocks


class WeekSlotBlock(blocks.StructBlock):
    when = blocks.CharBlock(max_length=120, help_text="The part of the week, e.g. 'Wednesday morning'.")
    what = blocks.TextBlock(help_text="What the person typically does then.")

    class Meta:
        icon = "date"
        label = "Part of the week"
