"""Reusable Pulumi components of the stateful web application (one module per tier).

Installed with pip this package is `stateful_app_components` (distribution
stateful-app-components); in this repository it is `components`. provider/ serves the same classes
as the Pulumi component package `stateful-app` to every Pulumi language.
"""

from .app import StatefulApp
from .app_users import AppUser
from .assets import BUNDLED_FILES, AssetTier, AssetTierArgs, StorageMode
from .container import EnvVar, ExtraVolume, KeyRef, Probe
from .database import AntiAffinity, DatabaseTier, DatabaseTierArgs
from .loadbalancer import LoadBalancerTier, LoadBalancerTierArgs, ServiceType
from .placement import Placement, Toleration
from .resources import Resources
from .settings import Settings, load
from .web import WebMode, WebTier, WebTierArgs

__all__ = [
    "BUNDLED_FILES",
    "AntiAffinity",
    "AppUser",
    "AssetTier",
    "AssetTierArgs",
    "DatabaseTier",
    "DatabaseTierArgs",
    "EnvVar",
    "ExtraVolume",
    "KeyRef",
    "LoadBalancerTier",
    "LoadBalancerTierArgs",
    "Placement",
    "Probe",
    "Resources",
    "ServiceType",
    "Settings",
    "StatefulApp",
    "StorageMode",
    "Toleration",
    "WebMode",
    "WebTier",
    "WebTierArgs",
    "load",
]
