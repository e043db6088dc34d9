"""QRS data connections the way an app writes them: str ids from responses, a fetched entity back into update."""

from __future__ import annotations

from qlik_qrs_client import QrsClient


def rename_folder_connections(qrs: QrsClient, suffix: str) -> list[str]:
    """GET-modify-PUT of every folder connection; returns the new names."""
    renamed = []
    for condensed in qrs.data_connections.list(filter="type eq 'folder'"):
        full = qrs.data_connections.get(str(condensed.id))  # an id as text, as a UI or a log holds it
        full.name = f"{full.name}{suffix}"
        updated = qrs.data_connections.update(full.id, full)  # the entity just fetched goes back as it is
        renamed.append(updated.name)
    return renamed


def create_and_delete(qrs: QrsClient) -> str:
    created = qrs.data_connections.create(name="Scratch", connectionstring="C:\\Scratch", type="folder")
    again = qrs.data_connections.update(
        str(created.id),
        name="Scratch 2",
        connectionstring="C:\\Scratch",
        type="folder",
        modified_date=created.modified_date,
    )
    stamp = str(again.modified_date)  # a date-time as text, as logs and JSON files hold it
    body = {"name": "Scratch 3", "connectionstring": "C:\\Scratch", "type": "folder", "modifiedDate": stamp}
    last = qrs.data_connections.update(str(again.id), body)
    qrs.data_connections.delete(str(last.id))
    return last.name
