"""Reusable Pulumi components of the stateful web application (one module per tier)."""

from .app import StatefulApp
from .assets import AssetTier, AssetTierArgs
from .database import DatabaseTier, DatabaseTierArgs
from .loadbalancer import LoadBalancerTier, LoadBalancerTierArgs
from .web import WebTier, WebTierArgs

__all__ = [
    "AssetTier",
    "AssetTierArgs",
    "DatabaseTier",
    "DatabaseTierArgs",
    "LoadBalancerTier",
    "LoadBalancerTierArgs",
    "StatefulApp",
    "WebTier",
    "WebTierArgs",
]
