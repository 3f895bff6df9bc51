<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Company accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle &amp;month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 companies owe %2 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company owes anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3 signed, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settled by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a company first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid %2 for %3: receipt %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Take over the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handed over at %2 (shift began %3). Check what you take over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money and things in the desk&apos;s keeping: tick each one that matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it does not match: what you found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <source>New price-list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (yuan) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialling code (fax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the price list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthoriseDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthoriseForm</name>
    <message>
        <source>A supervisor approves this one action with their own password. The operator at the counter stays logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwaitedFaxesDialog</name>
    <message>
        <source>Awaited faxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer asked and no fax has come yet: note who, and phone them when it arrives (the desk is told when a matching fax is logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted: the desk will be told when the fax arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the note to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashGrid</name>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to the cashier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer should hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted (yuan) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for a difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>Cannot open the counter file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailyTotalDialog</name>
    <message>
        <source>Daily total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily total of the drawer for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash also moved by hand: float %1, payouts %2, handed to the cashier %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message>
        <source>Preparing the demo counter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo counter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepositExtras</name>
    <message>
        <source>Left by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is damaged or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to %1: %2 item(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name, pinyin initials, unit or phone digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added to the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 leaving the directory (moved out, sold, left the company)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate in the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deactivated; earlier entries still name them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryFields</name>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner or tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawerExtras</name>
    <message>
        <source>This shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count cash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the cash in the drawer at the close of the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily total…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor&apos;s total of one day across all shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer should hold %1 in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float %1 · payouts %2 · handed to the cashier %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted yet this shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last count: %1 counted, difference %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Change directory entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New directory entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryFormPanel</name>
    <message>
        <source>New entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting No. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what was wrong, then save: you will be asked for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: No. %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaxCollectDialog</name>
    <message>
        <source>Fax collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance office receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaxExtras</name>
    <message>
        <source>Phoned them: notify now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaited faxes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer asks and no fax has come: note who is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle fee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a fee still owed for a collected fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee ¥%1 (%2 × ¥%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of that name or company in the building: print the no-recipient slip (Ctrl+P), clip it to the fax and put it in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company on the fax: marked 待查 — find the recipient, then correct the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is waiting for this fax (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told %1 that the fax has come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaited faxes (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to %1: %2 fax(es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle fax fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issued: %2, ¥%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as paid at the finance office, receipt no. %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search: name, pinyin, phone, unit, plate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminForm</name>
    <message>
        <source>This counter has no operators yet. Create the first administrator: they add the other operators and keep the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (shown on slips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Frontdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartForm</name>
    <message>
        <source>There is no counter file on this computer yet. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty counter file for real work: you will create the first administrator next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A separate database file filled with realistic entries and demo operators, whose names and passwords the login screen shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlaggedDialog</name>
    <message>
        <source>Flagged persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected flag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the reason for removing the flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer on the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlaggedForm</name>
    <message>
        <source>Visitors on this list are stopped at check-in with the advice shown here. A name alone never matches: an ID number, or the name with the phone or organisation, must agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a flagged person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for &amp;removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Search all logbooks (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Steward round: hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over %1 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift began %1 (%2). What is still open goes to the next operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money of the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits held: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the next operator must know or follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off and lock (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverExtras</name>
    <message>
        <source>Hand over the shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the shift…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldExtras</name>
    <message>
        <source>Notify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log one attempt to tell the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient collects it (with what else waits for them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes back or is disposed of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area steward signs out everything held for residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for the steward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held for known recipients: %1 item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to %1: %2 item(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full number shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (approved by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked at %1. Any operator on duty can unlock with their own login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or Excel (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Header in row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCountDialog</name>
    <message>
        <source>Key count %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyExtras</name>
    <message>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key comes back: count the keys on the ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The borrower lost the key: the deposit is kept, a fee charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the keys on the ring (the register says %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 keys came back. What is missing? (the deposit is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key returned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is back in the cabinet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit refunded: voucher %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is the replacement fee paid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance office receipt number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 recorded as lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee receipt %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRegisterDialog</name>
    <message>
        <source>Key register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabinet position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys on the ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or Excel (*.csv *.txt *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys imported, %2 rows rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 retired?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly key count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (YYYY-MM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key count checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key count %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count saved: %1 keys, %2 discrepancies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogbookExport</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogbookTab</name>
    <message>
        <source>New (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rows shown, as filtered, to an Excel or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Frontdesk: log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo counter: operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an operator to fill in the login fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>&amp;Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Please choose your own password now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a password different from the one you were given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossReportDialog</name>
    <message>
        <source>Loss reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New loss report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who lost it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit / company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour, brand, what is inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When lost (empty = now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show matched and closed reports too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found items that could be it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is it: link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner becomes the item&apos;s recipient: tell them, they claim it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found elsewhere or given up: closed with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a loss report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded. %1 found item(s) could be it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found items that could be %1&apos;s %2, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No found item matches %1 yet; look again when something comes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked: %1 can now be told and claim %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the report closed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close loss report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostFoundExtras</name>
    <message>
        <source>Photo of the found item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose… a picture file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone lost something: record it and see what was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or replace the photo of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Frontdesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch counter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged persons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory (companies, residents, staff)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Frontdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontdesk %1
The reception counter&apos;s logbooks, offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageExtras</name>
    <message>
        <source>Delivered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message reached the person: the slip handed over or read out to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer needed, nobody of that name, or filed unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyMenu</name>
    <message>
        <source>&amp;Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts, money and everything still open at the month&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <source>Notify the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answered, the number called…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenItemsTree</name>
    <message>
        <source>Open item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (see the logbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-priority duty notes of the shift (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set; %1 chooses their own at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorsForm</name>
    <message>
        <source>Selected operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initial password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassExtras</name>
    <message>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new end date; the renewal fee is charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card comes back; its deposit is refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is lost; the deposit is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rented units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units with a tenant card in use (出租单元一览表)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit to refund: ¥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund voucher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost — what happened (the deposit is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <source>Price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name, pinyin initials or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show withdrawn items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item in use first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added to the price list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to the price list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw from the price list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer offered for new orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>The document is empty; nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not respond (not connected, offline or out of paper). The entry is saved; print it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is available. The entry is saved: save it as PDF, or print it again once a printer is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer “%1” is not available. The entry is saved; print it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RentedUnitsDialog</name>
    <message>
        <source>Rented units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the monthly report of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly report could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return or dispose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number, who took it back…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceOrderExtras</name>
    <message>
        <source>Take deposit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large job pays its deposit before the work starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the payment for a done job and print its receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deposit of ¥%1 is due before the work starts: print the charge notice (Ctrl+P) and take the deposit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the total ¥%2, before the work starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take deposit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total ¥%1 less the deposit ¥%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit ¥%1 (%2) is more than the bill: it is refunded in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issued: %2, ¥%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled as internal use: print the settlement sheet for the staff member to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as paid at the finance office, receipt no. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund voucher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Integrity check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check of this counter file found a problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter file damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no good backup to restore. Call your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest good backup (%1)? The current file is kept aside first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept as %1. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open counter file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter files (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPriceDialog</name>
    <message>
        <source>New price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price (yuan) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect from *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders already taken keep their prices; the new price applies from this time on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language shows when the program starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <source>Settle the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed charges still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One receipt is issued for the month&apos;s signed charges that are still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle service order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance office receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftMenu</name>
    <message>
        <source>&amp;Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over the shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open shift to hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift handed over. The next operator logs in to take over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover is waiting to be taken over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here with the mouse or the pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rules have more than %1 entries; only the first %1 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 overdue / %3 now / %4 soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1 new item(s) need attention now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorExtras</name>
    <message>
        <source>On-site list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the building now, for the evacuation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A badge recorded as lost has come back: put it back in the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No badge is recorded as lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which badge came back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge %1 is back in the pool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_HeldDialog</name>
    <message>
        <source>Confirm (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deposit_form</name>
    <message>
        <source>Deposited item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depositor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit / company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition when left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag number (empty = next free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected by (if not the depositor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the items with the depositor and note any damage: the duty staff pay for anything damaged or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drawer_form</name>
    <message>
        <source>Cash drawer entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments and refunds come from receipts; record here the opening float, payouts and cash handed to the cashier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duty_note_form</name>
    <message>
        <source>Duty note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fax_form</name>
    <message>
        <source>Incoming fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (empty = now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From fax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>found_item_form</name>
    <message>
        <source>Found item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When found (empty = now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (if known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclaimed items are handed to the police or disposed of after the keeping period. The owner claims with an ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>goods_form</name>
    <message>
        <source>Goods pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit / company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items and quantities (one a line: item × qty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电脑 × 2
办公椅 × 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by (management office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving materials (needs the office&apos;s voucher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>key_loan_form</name>
    <message>
        <source>Key loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key tag (scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due back (empty = default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>message_form</name>
    <message>
        <source>Phone message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company / department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller said, read back to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank = now; or 14:05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>move_in_form</name>
    <message>
        <source>Move-in key hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register tags (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (empty = today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcel_form</name>
    <message>
        <source>Parcel and mail sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number (scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf / pigeonhole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition on arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pass_form</name>
    <message>
        <source>Pass and access card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised by owner (non-owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation letter seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner bringing the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from (empty = today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until / due back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>service_order_form</name>
    <message>
        <source>Service order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer / staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used (min:sec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error pages resent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies per set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep until (date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements / note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>visitor_form</name>
    <message>
        <source>Visitor check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
