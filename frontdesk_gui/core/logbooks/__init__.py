"""One module per logbook; importing this package registers every logbook's spec, in tab order."""

from frontdesk_gui.core.logbooks import (
          deposits,
          drawer,
          duty_log,
          faxes,
          goods,
          handovers,
          keys,
          lost_found,
          messages,
          parcels,
          passes,
          receipts,
          service_orders,
          visitors,
)

MODELS = [visitors.Visit, service_orders.ServiceOrder, receipts.Receipt, drawer.DrawerEntry, parcels.Parcel,
          messages.PhoneMessage, faxes.IncomingFax]
MODELS += [lost_found.FoundItem, lost_found.LossReport, deposits.DepositedItem]
MODELS += [goods.GoodsPass]
MODELS += keys.MODELS
MODELS += [passes.Pass]
MODELS += [duty_log.DutyNote, handovers.Handover]
