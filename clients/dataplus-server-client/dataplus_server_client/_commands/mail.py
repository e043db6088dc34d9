# Generated from specs/dataplus-server.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""``dataplus mail``: the commands over ``DataPlusClient.mail`` (plain data read by ``_cli``)."""

from typing import Any

HELP = "Mail of Data+ Server."

COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "body": {
            "fields": [
                {"name": "to", "required": True, "type": "string"},
                {"name": "from", "required": True, "type": "string"},
                {"name": "subject", "required": True, "type": "string"},
                {"name": "content", "required": True, "type": "string"},
                {"name": "html", "type": "boolean"},
            ],
            "kind": "model",
            "model": "SendMailRequest",
        },
        "description": "Send a mail. The default mail settings of the server will be used.",
        "http": "POST /api/mail/send",
        "method": "send",
        "module": "api.mail.send_mail",
        "name": "send",
        "operation": "sendMail",
        "params": [],
        "summary": "Send a mail",
    },
)
