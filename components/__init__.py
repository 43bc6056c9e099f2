"""Reusable Pulumi components of the stateful web application (one module per tier)."""

from components.app import StatefulApp
from components.assets import AssetTier, AssetTierArgs
from components.database import DatabaseTier, DatabaseTierArgs
from components.loadbalancer import LoadBalancerTier, LoadBalancerTierArgs
from components.web import WebTier, WebTierArgs

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
