"""Money at the counter (CATALOGUE A01-A07, B11, F2): the price list, charges and deposits any
logbook raises, gapless receipts, company accounts (签单) and the cash drawer.

Money is integer fen everywhere; text becomes fen only through `amounts.parse_yuan`.
"""
