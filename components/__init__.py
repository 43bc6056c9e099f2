"""Reusable Pulumi components of the stateful web application (one module per tier).

Installed with pip this package is `stateful_app_components` (distribution
stateful-app-components); in this repository it is `components`. provider/ serves the same classes
as the Pulumi component package `stateful-app` to every Pulumi language.
"""

from .app import StatefulApp
from .assets import BUNDLED_FILES, AssetTier, AssetTierArgs, StorageMode
from .database import AntiAffinity, DatabaseTier, DatabaseTierArgs
from .loadbalancer import LoadBalancerTier, LoadBalancerTierArgs, ServiceType
from .settings import Settings, load
from .web import WebTier, WebTierArgs

__all__ = [
    "BUNDLED_FILES",
    "AntiAffinity",
    "AssetTier",
    "AssetTierArgs",
    "DatabaseTier",
    "DatabaseTierArgs",
    "LoadBalancerTier",
    "LoadBalancerTierArgs",
    "ServiceType",
    "Settings",
    "StatefulApp",
    "StorageMode",
    "WebTier",
    "WebTierArgs",
    "load",
]
