"""Post data for a role page's admin edit form, as a browser would send it."""

from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield


def role_edit_form_data(client, page):
    """The edit form's fields read from its HTML, plus the StreamFields (drawn by JavaScript
    in the browser, so absent from the HTML) rebuilt from the page's stored values."""
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    streams = {
        name: streamfield([("item", block.value) for block in getattr(page, name)])
        for name in ("responsibilities", "required_skills", "differentiators")
    }
    streams["average_week"] = streamfield(
        [("slot", {"when": block.value["when"], "what": block.value["what"]}) for block in page.average_week]
    )
    streams["transitions"] = {
        str(index): {"key_artifacts": streamfield([("artifact", block.value) for block in path.key_artifacts])}
        for index, path in enumerate(page.transitions.all())
    }
    for key, value in nested_form_data(streams).items():
        data[key] = value
    return data
