"""Application users of the database: applications never hold root.

Each AppUser gets a pulumi-random password and its own connection Secret (mongodb:// URI with the
user, its database in the path and authSource that database). The replica-set agent creates and
reconciles the users on the primary (components/replset_users.js) from a JSON file this module
writes into the members ConfigMap; passwords reach it as files of the users Secret.

Stack-config text form (`dbUsers`): ``name=database[:role[@db][+role[@db]...]][,...]``, e.g.
``guestbook=guestbook`` (readWrite on guestbook) or ``orders=orders:readWrite+read@reports``.
"""

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from .inputs import package_inputs

# MongoDB's built-in roles (custom roles are not supported): on any database, and on admin only.
DATABASE_ROLES = ("read", "readWrite", "dbAdmin", "dbOwner", "userAdmin")
ADMIN_ROLES = (
    "readAnyDatabase",
    "readWriteAnyDatabase",
    "userAdminAnyDatabase",
    "dbAdminAnyDatabase",
    "clusterMonitor",
    "clusterManager",
    "clusterAdmin",
    "backup",
    "restore",
    "root",
)
USERS_FILE = "users.json"
# Key of a user's password in the credentials Secret (a file of that name for the agent).
PASSWORD_KEY_PREFIX = "user-"
# Names that are also Secret keys and Kubernetes name parts: lowercase DNS-label characters.
_USER_NAME = re.compile(r"^[a-z0-9]([-a-z0-9]{0,30}[a-z0-9])?$")
# MongoDB database names: no /\. "$*<>:|? or space, under 64 bytes.
_DATABASE = re.compile(r"^[A-Za-z0-9_-]{1,63}$")
RESERVED_USERS = ("root",)
SYNTAX = "name=database[:role[@db][+role[@db]...]][,...] (e.g. guestbook=guestbook)"


@package_inputs()
@dataclass(frozen=True)
class AppUser:
    """A database user for one application: its name, database and roles."""

    name: str
    """User name (lowercase letters, digits and '-', at most 32); unique in the tier."""
    database: str
    """The user's own database: where it is created (authSource) and the URI's path."""
    roles: Sequence[str] = ("readWrite",)
    """Built-in MongoDB roles: `role` (on database) or `role@db`; default readWrite on its own
    database. Admin-only roles (clusterMonitor, readAnyDatabase, ...) need @admin."""


def role_document(role: str, database: str) -> dict[str, str]:
    name, _, on = role.partition("@")
    return {"role": name, "db": on or database}


def check_users(users: Sequence[AppUser], field_name: str = "users") -> None:
    """Names unique and allowed, databases valid, roles MongoDB has; ValueError naming the item."""
    if not users:
        raise ValueError(
            f"{field_name}=[]: at least one application user (the application never holds root)"
        )
    seen: set[str] = set()
    for i, user in enumerate(users):
        where = f"{field_name}[{i}]"
        if not _USER_NAME.match(user.name) or user.name in RESERVED_USERS:
            raise ValueError(
                f"{where}.name={user.name!r}: must be lowercase letters, digits and '-' (at most "
                f"32), not {', '.join(RESERVED_USERS)}"
            )
        if user.name in seen:
            raise ValueError(f"{where}.name={user.name!r}: the user name is already used")
        seen.add(user.name)
        if not _DATABASE.match(user.database) or user.database in ("admin", "local", "config"):
            raise ValueError(
                f"{where}.database={user.database!r}: must be a database name of letters, digits, "
                "'_' and '-' (not admin, local or config)"
            )
        if not list(user.roles):
            raise ValueError(f"{where}.roles=[]: at least one role")
        for role in user.roles:
            doc = role_document(role, user.database)
            allowed = DATABASE_ROLES + (ADMIN_ROLES if doc["db"] == "admin" else ())
            if doc["role"] not in allowed or not _DATABASE.match(doc["db"]):
                raise ValueError(
                    f"{where}.roles: {role!r} is not a MongoDB built-in role on {doc['db']}; "
                    f"allowed: {', '.join(DATABASE_ROLES)} (any database), "
                    f"{', '.join(ADMIN_ROLES)} (@admin)"
                )


def parse_users(text: str) -> tuple[AppUser, ...]:
    """AppUsers from the stack-config text form; ValueError names the bad item."""
    users = []
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        head, _, roles = item.partition(":")
        name, sep, database = head.partition("=")
        if not sep or not name.strip() or not database.strip():
            raise ValueError(f"{item!r} is not name=database[:roles]")
        role_list = tuple(r.strip() for r in roles.split("+") if r.strip()) or ("readWrite",)
        users.append(AppUser(name.strip(), database.strip(), role_list))
    check_users(users, "dbUsers")
    return tuple(users)


def coerce_users(users: Sequence[AppUser | Mapping[str, Any]]) -> tuple[AppUser, ...]:
    """AppUsers from a Python caller, or from the component package's plain dicts."""
    return tuple(u if isinstance(u, AppUser) else AppUser(**u) for u in users)


def users_file(users: Sequence[AppUser], drop_removed: bool) -> str:
    """The JSON the agent reads (components/replset_users.js)."""
    spec = {
        "dropRemoved": drop_removed,
        "users": [
            {
                "user": u.name,
                "db": u.database,
                "roles": [role_document(r, u.database) for r in u.roles],
            }
            for u in users
        ],
    }
    return json.dumps(spec, indent=2, sort_keys=True) + "\n"


def connection_string(user: AppUser, password: str, hosts: list[str], replica_set: str) -> str:
    """mongodb://<user>:<password>@<members>/<database>?replicaSet=..&authSource=<database>;
    the password URL-encoded (generated ones are alphanumeric; kept or rotated ones may not be)."""
    return (
        f"mongodb://{quote(user.name, safe='')}:{quote(password, safe='')}@{','.join(hosts)}/"
        f"{user.database}?replicaSet={replica_set}&authSource={user.database}"
    )
