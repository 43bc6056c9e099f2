"""components/app_users.py: an application user's connection string."""

from components import app_users
from components.app_users import AppUser


def test_app_user_uri_names_its_database_and_encodes_the_password() -> None:
    user = AppUser("guestbook", "guestbook")
    uri = app_users.connection_string(user, "p@ss/w:rd%", ["a:27017", "b:27017"], "rs0")
    assert uri == (
        "mongodb://guestbook:p%40ss%2Fw%3Ard%25@a:27017,b:27017/guestbook"
        "?replicaSet=rs0&authSource=guestbook"
    )
