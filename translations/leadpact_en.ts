<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionStatus</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
</context>
<context>
    <name>CampaignAttributor</name>
    <message>
        <source>Attributed to the campaign by its promo code</source>
        <translation>Attributed to the campaign by its promo code</translation>
    </message>
    <message>
        <source>Attributed to the campaign by its landing page</source>
        <translation>Attributed to the campaign by its landing page</translation>
    </message>
    <message>
        <source>Attributed to the campaign by its utm_campaign</source>
        <translation>Attributed to the campaign by its utm_campaign</translation>
    </message>
    <message>
        <source>The campaign was renamed in the registry</source>
        <translation>The campaign was renamed in the registry</translation>
    </message>
</context>
<context>
    <name>CampaignSchedule</name>
    <message>
        <source>%1 (promo code %2)</source>
        <translation>%1 (promo code %2)</translation>
    </message>
    <message numerus="yes">
        <source>Campaign starts in %n day(s): %1</source>
        <translation>
            <numerusform>Campaign starts in %n day: %1</numerusform>
            <numerusform>Campaign starts in %n days: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign starts today: %1</source>
        <translation>Campaign starts today: %1</translation>
    </message>
    <message numerus="yes">
        <source>Campaign started %n day(s) ago: %1</source>
        <translation>
            <numerusform>Campaign started %n day ago: %1</numerusform>
            <numerusform>Campaign started %n days ago: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>A user with the role &quot;%1&quot; may not edit the campaign registry (user %2); marketing, the head of sales and admin may.</source>
        <translation>A user with the role &quot;%1&quot; may not edit the campaign registry (user %2); marketing, the head of sales and admin may.</translation>
    </message>
    <message>
        <source>The campaign needs its name exactly as in the official documents (field &quot;name&quot;).</source>
        <translation>The campaign needs its name exactly as in the official documents (field &quot;name&quot;).</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by another campaign (field &quot;name&quot;).</source>
        <translation>The name &quot;%1&quot; is already used by another campaign (field &quot;name&quot;).</translation>
    </message>
    <message>
        <source>The promo code &quot;%1&quot; contains spaces (field &quot;promo code&quot;).</source>
        <translation>The promo code &quot;%1&quot; contains spaces (field &quot;promo code&quot;).</translation>
    </message>
    <message>
        <source>The promo code &quot;%1&quot; is taken by &quot;%2&quot; (field &quot;promo code&quot;).</source>
        <translation>The promo code &quot;%1&quot; is taken by &quot;%2&quot; (field &quot;promo code&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; give the landing link as https://… (field &quot;landing link&quot;).</source>
        <translation>&quot;%1&quot; is not a web address; give the landing link as https://… (field &quot;landing link&quot;).</translation>
    </message>
    <message>
        <source>The campaign ends (%1) before it starts (%2) (field &quot;ends&quot;).</source>
        <translation>The campaign ends (%1) before it starts (%2) (field &quot;ends&quot;).</translation>
    </message>
    <message>
        <source>A campaign with an end or activation dates needs its start date (field &quot;starts&quot;).</source>
        <translation>A campaign with an end or activation dates needs its start date (field &quot;starts&quot;).</translation>
    </message>
    <message>
        <source>Activation cannot begin (%1) before the campaign starts (%2) (field &quot;activation from&quot;).</source>
        <translation>Activation cannot begin (%1) before the campaign starts (%2) (field &quot;activation from&quot;).</translation>
    </message>
    <message>
        <source>Activation ends (%1) before it begins (%2) (field &quot;activation until&quot;).</source>
        <translation>Activation ends (%1) before it begins (%2) (field &quot;activation until&quot;).</translation>
    </message>
    <message>
        <source>Document link %1 (&quot;%2&quot;) is not an address (field &quot;documents&quot;).</source>
        <translation>Document link %1 (&quot;%2&quot;) is not an address (field &quot;documents&quot;).</translation>
    </message>
    <message>
        <source>The person responsible must be an active user (field &quot;owner&quot;).</source>
        <translation>The person responsible must be an active user (field &quot;owner&quot;).</translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>There is no campaign with id %1.</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>Only an administrator or the head of sales may edit the reason catalog (user %1 is &quot;%2&quot;).</source>
        <translation>Only an administrator or the head of sales may edit the reason catalog (user %1 is &quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--kind must be rejection or loss, not &quot;%1&quot;.</source>
        <translation>--kind must be rejection or loss, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2).</source>
        <translation>%1 is up to date (schema version %2).</translation>
    </message>
    <message>
        <source>%1: schema version %2 -&gt; %3.</source>
        <translation>%1: schema version %2 -&gt; %3.</translation>
    </message>
    <message>
        <source>Backup of the previous version: %1</source>
        <translation>Backup of the previous version: %1</translation>
    </message>
    <message>
        <source>Catalog: rejection (default) or loss.</source>
        <translation>Catalog: rejection (default) or loss.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>Include archived reasons.</source>
        <translation>Include archived reasons.</translation>
    </message>
    <message>
        <source>Russian title.</source>
        <translation>Russian title.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>English title.</source>
        <translation>English title.</translation>
    </message>
    <message>
        <source>The reason needs a comment as proof.</source>
        <translation>The reason needs a comment as proof.</translation>
    </message>
    <message>
        <source>Added reason %1.</source>
        <translation>Added reason %1.</translation>
    </message>
    <message>
        <source>Archived reason %1.</source>
        <translation>Archived reason %1.</translation>
    </message>
    <message>
        <source>Restored reason %1.</source>
        <translation>Restored reason %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;reasons %1&quot;. Use list, add, archive or unarchive.</source>
        <translation>Unknown command &quot;reasons %1&quot;. Use list, add, archive or unarchive.</translation>
    </message>
    <message>
        <source>manager, head_of_sales, marketing or admin.</source>
        <translation>manager, head_of_sales, marketing or admin.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Display name.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>--role must be manager, head_of_sales, marketing or admin.</source>
        <translation>--role must be manager, head_of_sales, marketing or admin.</translation>
    </message>
    <message>
        <source>Added user %1 (%2).</source>
        <translation>Added user %1 (%2).</translation>
    </message>
    <message>
        <source>Unknown command &quot;users %1&quot;. Use list or add.</source>
        <translation>Unknown command &quot;users %1&quot;. Use list or add.</translation>
    </message>
    <message>
        <source>The SQLite database file.</source>
        <translation>The SQLite database file.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Print data as JSON.</source>
        <translation>Print data as JSON.</translation>
    </message>
    <message>
        <source>Act as this user (login).</source>
        <translation>Act as this user (login).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Missing argument: %1.</translation>
    </message>
    <message>
        <source>Say who you are with --as LOGIN; every change of a lead is recorded with its author.</source>
        <translation>Say who you are with --as LOGIN; every change of a lead is recorded with its author.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a date and time like 2026-11-23T10:15 or 2026-11-23T10:15+03:00, not &quot;%2&quot;.</source>
        <translation>--%1 must be a date and time like 2026-11-23T10:15 or 2026-11-23T10:15+03:00, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-11-23, not &quot;%2&quot;.</source>
        <translation>--%1 must be a date like 2026-11-23, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>How many leads (default 20000).</source>
        <translation>How many leads (default 20000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed (default 42).</source>
        <translation>Random seed (default 42).</translation>
    </message>
    <message>
        <source>Weeks of history (default 12).</source>
        <translation>Weeks of history (default 12).</translation>
    </message>
    <message>
        <source>Last day of the data (default: up to now).</source>
        <translation>Last day of the data (default: up to now).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Generated %1 leads and %2 events from %3 to %4 in %5 s: %6.</source>
        <translation>Generated %1 leads and %2 events from %3 to %4 in %5 s: %6.</translation>
    </message>
    <message>
        <source>Only these statuses (comma-separated).</source>
        <translation>Only these statuses (comma-separated).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Only leads of this manager (login).</source>
        <translation>Only leads of this manager (login).</translation>
    </message>
    <message>
        <source>Only leads from this channel.</source>
        <translation>Only leads from this channel.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>Only leads that lack minimum data.</source>
        <translation>Only leads that lack minimum data.</translation>
    </message>
    <message>
        <source>At most this many leads (default 50).</source>
        <translation>At most this many leads (default 50).</translation>
    </message>
    <message>
        <source>Skip this many leads.</source>
        <translation>Skip this many leads.</translation>
    </message>
    <message>
        <source>Newest first instead of the SLA queue order.</source>
        <translation>Newest first instead of the SLA queue order.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; (--status). Known: %2.</source>
        <translation>Unknown status &quot;%1&quot; (--status). Known: %2.</translation>
    </message>
    <message>
        <source>The lead.</source>
        <translation>The lead.</translation>
    </message>
    <message>
        <source>The lead id must be a number.</source>
        <translation>The lead id must be a number.</translation>
    </message>
    <message>
        <source>Unknown lead action &quot;%1&quot;. Use one of: contact, qualify, reject, dispute, confirm, return, won, lost, show.</source>
        <translation>Unknown lead action &quot;%1&quot;. Use one of: contact, qualify, reject, dispute, confirm, return, won, lost, show.</translation>
    </message>
    <message>
        <source>Reason code from the catalog.</source>
        <translation>Reason code from the catalog.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Comment (proof, dispute text).</source>
        <translation>Comment (proof, dispute text).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Contact kind: call, message, email.</source>
        <translation>Contact kind: call, message, email.</translation>
    </message>
    <message>
        <source>When the contact happened (ISO 8601).</source>
        <translation>When the contact happened (ISO 8601).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>Deal or expected amount, e.g. 1500.50.</source>
        <translation>Deal or expected amount, e.g. 1500.50.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>ISO 4217 currency (default RUB).</source>
        <translation>ISO 4217 currency (default RUB).</translation>
    </message>
    <message>
        <source>Payment date (YYYY-MM-DD).</source>
        <translation>Payment date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The need is confirmed.</source>
        <translation>The need is confirmed.</translation>
    </message>
    <message>
        <source>The budget is confirmed.</source>
        <translation>The budget is confirmed.</translation>
    </message>
    <message>
        <source>The decision-maker is confirmed.</source>
        <translation>The decision-maker is confirmed.</translation>
    </message>
    <message>
        <source>--kind must be call, message or email, not &quot;%1&quot;.</source>
        <translation>--kind must be call, message or email, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--amount must be a number like 1500 or 1500.50, not &quot;%1&quot;.</source>
        <translation>--amount must be a number like 1500 or 1500.50, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Lead %1: %2 -&gt; %3 (by %4).</source>
        <translation>Lead %1: %2 -&gt; %3 (by %4).</translation>
    </message>
    <message>
        <source>No command given. Run leadpact-cli --help.</source>
        <translation>No command given. Run leadpact-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run leadpact-cli --help.</source>
        <translation>Unknown command &quot;%1&quot;. Run leadpact-cli --help.</translation>
    </message>
    <message>
        <source>Unknown option %1. Run leadpact-cli --help.</source>
        <translation>Unknown option %1. Run leadpact-cli --help.</translation>
    </message>
    <message>
        <source>The policy as JSON (as printed by policy show).</source>
        <translation>The policy as JSON (as printed by policy show).</translation>
    </message>
    <message>
        <source>Unknown command &quot;policy %1&quot;. Use show or set.</source>
        <translation>Unknown command &quot;policy %1&quot;. Use show or set.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2 at offset %3.</source>
        <translation>%1 is not a JSON object: %2 at offset %3.</translation>
    </message>
    <message>
        <source>The SLA policy is saved; it applies to leads arriving from now on.</source>
        <translation>The SLA policy is saved; it applies to leads arriving from now on.</translation>
    </message>
    <message>
        <source>Distribute new leads automatically.</source>
        <translation>Distribute new leads automatically.</translation>
    </message>
    <message>
        <source>Stop distributing new leads.</source>
        <translation>Stop distributing new leads.</translation>
    </message>
    <message>
        <source>Managers on duty, in rotation order (comma-separated logins).</source>
        <translation>Managers on duty, in rotation order (comma-separated logins).</translation>
    </message>
    <message>
        <source>logins</source>
        <translation>logins</translation>
    </message>
    <message>
        <source>Say --on or --off.</source>
        <translation>Say --on or --off.</translation>
    </message>
    <message numerus="yes">
        <source>Lead distribution is on (%n manager(s) on duty).</source>
        <translation>
            <numerusform>Lead distribution is on (%n manager on duty).</numerusform>
            <numerusform>Lead distribution is on (%n managers on duty).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead distribution is off.</source>
        <translation>Lead distribution is off.</translation>
    </message>
    <message>
        <source>Leads distributed: %1.</source>
        <translation>Leads distributed: %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;distribution %1&quot;. Use show, set or run.</source>
        <translation>Unknown command &quot;distribution %1&quot;. Use show, set or run.</translation>
    </message>
    <message>
        <source>The CSV/TSV file.</source>
        <translation>The CSV/TSV file.</translation>
    </message>
    <message>
        <source>The mapping preset (JSON) from columns to lead fields.</source>
        <translation>The mapping preset (JSON) from columns to lead fields.</translation>
    </message>
    <message>
        <source>preset.json</source>
        <translation>preset.json</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>Check and count everything, change nothing.</source>
        <translation>Check and count everything, change nothing.</translation>
    </message>
    <message>
        <source>Import the valid rows and report the rest (default: all or nothing).</source>
        <translation>Import the valid rows and report the rest (default: all or nothing).</translation>
    </message>
    <message>
        <source>Write the rejected rows to this CSV file.</source>
        <translation>Write the rejected rows to this CSV file.</translation>
    </message>
    <message>
        <source>errors.csv</source>
        <translation>errors.csv</translation>
    </message>
    <message>
        <source>Name the mapping preset with --mapping PRESET.json.</source>
        <translation>Name the mapping preset with --mapping PRESET.json.</translation>
    </message>
    <message>
        <source>--update-by supports only external_id, not &quot;%1&quot;.</source>
        <translation>--update-by supports only external_id, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 not imported: %2 rejected row(s); first: row %3 (line %4), column &quot;%5&quot;: %6.</source>
        <translation>%1 not imported: %2 rejected row(s); first: row %3 (line %4), column &quot;%5&quot;: %6.</translation>
    </message>
    <message>
        <source>Write the leads to this CSV file.</source>
        <translation>Write the leads to this CSV file.</translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation>file.csv</translation>
    </message>
    <message>
        <source>utf-8 (with a BOM, the default) or windows-1251.</source>
        <translation>utf-8 (with a BOM, the default) or windows-1251.</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encoding</translation>
    </message>
    <message>
        <source>The field separator: ; (the default, as Excel expects on a Russian system), , or tab.</source>
        <translation>The field separator: ; (the default, as Excel expects on a Russian system), , or tab.</translation>
    </message>
    <message>
        <source>char</source>
        <translation>char</translation>
    </message>
    <message>
        <source>Write times in this IANA time zone (default: the system&apos;s).</source>
        <translation>Write times in this IANA time zone (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>--encoding takes utf-8 or windows-1251, not &quot;%1&quot;.</source>
        <translation>--encoding takes utf-8 or windows-1251, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--delimiter takes ;, , or tab, not &quot;%1&quot;.</source>
        <translation>--delimiter takes ;, , or tab, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (--tz).</source>
        <translation>Unknown time zone &quot;%1&quot; (--tz).</translation>
    </message>
    <message>
        <source>%1 leads written to %2.</source>
        <translation>%1 leads written to %2.</translation>
    </message>
    <message>
        <source>Update mode: every row changes the existing lead with this key (external_id, the only one) and applies its outcome (won, owner) through the status rules; nothing is inserted.</source>
        <translation>Update mode: every row changes the existing lead with this key (external_id, the only one) and applies its outcome (won, owner) through the status rules; nothing is inserted.</translation>
    </message>
    <message>
        <source>A new lead with the phone or e-mail of a recent one: keep it flagged as a possible duplicate (default) or skip it.</source>
        <translation>A new lead with the phone or e-mail of a recent one: keep it flagged as a possible duplicate (default) or skip it.</translation>
    </message>
    <message>
        <source>How many days apart leads still count as possible duplicates (default: the preset&apos;s, else 30).</source>
        <translation>How many days apart leads still count as possible duplicates (default: the preset&apos;s, else 30).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>--duplicates takes keep or skip, not &quot;%1&quot;.</source>
        <translation>--duplicates takes keep or skip, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Leads that arrived %1 – %2 (%3)</source>
        <translation>Leads that arrived %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Funnel: received %1 -&gt; MQL %2 (%3) -&gt; contacted %4 (%5) -&gt; SQL %6 (%7) -&gt; won %8 (%9)</source>
        <translation>Funnel: received %1 -&gt; MQL %2 (%3) -&gt; contacted %4 (%5) -&gt; SQL %6 (%7) -&gt; won %8 (%9)</translation>
    </message>
    <message>
        <source>Beside it: rejected %1 (disputed %2: pending %3, confirmed %4, returned to manager %5), lost %6, incomplete data %7</source>
        <translation>Beside it: rejected %1 (disputed %2: pending %3, confirmed %4, returned to manager %5), lost %6, incomplete data %7</translation>
    </message>
    <message>
        <source>SLA: first contact within the target %1, median %2 min, 90th percentile %3 min (working time)</source>
        <translation>SLA: first contact within the target %1, median %2 min, 90th percentile %3 min (working time)</translation>
    </message>
    <message>
        <source>First contact: %1</source>
        <translation>First contact: %1</translation>
    </message>
    <message>
        <source>Money (%1): %2 deals, revenue %3, average deal %4, spend %5, CPL %6, cost per SQL %7, cost per deal %8, ROMI %9</source>
        <translation>Money (%1): %2 deals, revenue %3, average deal %4, spend %5, CPL %6, cost per SQL %7, cost per deal %8, ROMI %9</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <source>won %</source>
        <translation>won %</translation>
    </message>
    <message>
        <source>SLA %</source>
        <translation>SLA %</translation>
    </message>
    <message>
        <source>cycle d</source>
        <translation>cycle d</translation>
    </message>
    <message>
        <source>avg deal</source>
        <translation>avg deal</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>(no channel)</translation>
    </message>
    <message>
        <source>First arrival day (local date, inclusive).</source>
        <translation>First arrival day (local date, inclusive).</translation>
    </message>
    <message>
        <source>Last arrival day (local date, inclusive).</source>
        <translation>Last arrival day (local date, inclusive).</translation>
    </message>
    <message>
        <source>week, month or quarter holding --to (or today).</source>
        <translation>week, month or quarter holding --to (or today).</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>preset</translation>
    </message>
    <message>
        <source>Only leads of this channel.</source>
        <translation>Only leads of this channel.</translation>
    </message>
    <message>
        <source>Only leads of this campaign.</source>
        <translation>Only leads of this campaign.</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaign</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>--preset must be week, month or quarter, not &quot;%1&quot;.</source>
        <translation>--preset must be week, month or quarter, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the period: --from DATE --to DATE (or --preset).</source>
        <translation>Give the period: --from DATE --to DATE (or --preset).</translation>
    </message>
    <message>
        <source>The channel.</source>
        <translation>The channel.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation>The month, YYYY-MM.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>The amount, e.g. 150000.00.</source>
        <translation>The amount, e.g. 150000.00.</translation>
    </message>
    <message>
        <source>ISO 4217 code (default RUB).</source>
        <translation>ISO 4217 code (default RUB).</translation>
    </message>
    <message>
        <source>Unknown command &quot;spend %1&quot;. Use set, remove or list.</source>
        <translation>Unknown command &quot;spend %1&quot;. Use set, remove or list.</translation>
    </message>
    <message>
        <source>Give --channel and --month.</source>
        <translation>Give --channel and --month.</translation>
    </message>
    <message>
        <source>--month must look like 2026-11, not &quot;%1&quot;.</source>
        <translation>--month must look like 2026-11, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Removed the spend of %1 in %2 (%3).</source>
        <translation>Removed the spend of %1 in %2 (%3).</translation>
    </message>
    <message>
        <source>--amount must be a number like 150000 or 150000.50, not &quot;%1&quot;.</source>
        <translation>--amount must be a number like 150000 or 150000.50, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Spend of %1 in %2: %3 %4.</source>
        <translation>Spend of %1 in %2: %3 %4.</translation>
    </message>
    <message>
        <source>--pdf needs the full build of LeadPact (built with LEADPACT_GUI=ON): this leadpact-cli has no PDF renderer. Use --xlsx or the text output instead.</source>
        <translation>--pdf needs the full build of LeadPact (built with LEADPACT_GUI=ON): this leadpact-cli has no PDF renderer. Use --xlsx or the text output instead.</translation>
    </message>
    <message>
        <source>Daily status report for %1 (%2)</source>
        <translation>Daily status report for %1 (%2)</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>In work</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>SLA misses</source>
        <translation>SLA misses</translation>
    </message>
    <message>
        <source>The ISO week (e.g. 2026-W47; default the last finished one).</source>
        <translation>The ISO week (e.g. 2026-W47; default the last finished one).</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>Write the whole meeting as PDF (needs the full build).</source>
        <translation>Write the whole meeting as PDF (needs the full build).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>--week: &quot;%1&quot; is not an ISO week such as 2026-W47.</source>
        <translation>--week: &quot;%1&quot; is not an ISO week such as 2026-W47.</translation>
    </message>
    <message>
        <source>Wrote the meeting of %1 to %2.</source>
        <translation>Wrote the meeting of %1 to %2.</translation>
    </message>
    <message>
        <source>Facts of the week %1</source>
        <translation>Facts of the week %1</translation>
    </message>
    <message>
        <source>The day to report (YYYY-MM-DD, the team&apos;s time zone; default today).</source>
        <translation>The day to report (YYYY-MM-DD, the team&apos;s time zone; default today).</translation>
    </message>
    <message>
        <source>Write the report as an Excel workbook.</source>
        <translation>Write the report as an Excel workbook.</translation>
    </message>
    <message>
        <source>Write the report as PDF (needs the full build).</source>
        <translation>Write the report as PDF (needs the full build).</translation>
    </message>
    <message>
        <source>Unknown command &quot;report %1&quot;. Use daily or week.</source>
        <translation>Unknown command &quot;report %1&quot;. Use daily or week.</translation>
    </message>
    <message>
        <source>Wrote the daily report for %1 to %2.</source>
        <translation>Wrote the daily report for %1 to %2.</translation>
    </message>
    <message>
        <source>Write the leads to this Excel workbook.</source>
        <translation>Write the leads to this Excel workbook.</translation>
    </message>
    <message>
        <source>file.xlsx</source>
        <translation>file.xlsx</translation>
    </message>
    <message>
        <source>Name the output with --csv FILE or --xlsx FILE.</source>
        <translation>Name the output with --csv FILE or --xlsx FILE.</translation>
    </message>
    <message>
        <source>The name as in the official documents.</source>
        <translation>The name as in the official documents.</translation>
    </message>
    <message>
        <source>What the campaign is for.</source>
        <translation>What the campaign is for.</translation>
    </message>
    <message>
        <source>Who the offer is for.</source>
        <translation>Who the offer is for.</translation>
    </message>
    <message>
        <source>Where it was announced.</source>
        <translation>Where it was announced.</translation>
    </message>
    <message>
        <source>The promo code.</source>
        <translation>The promo code.</translation>
    </message>
    <message>
        <source>What the promo code gives.</source>
        <translation>What the promo code gives.</translation>
    </message>
    <message>
        <source>The landing page address.</source>
        <translation>The landing page address.</translation>
    </message>
    <message>
        <source>The utm_campaign value it uses.</source>
        <translation>The utm_campaign value it uses.</translation>
    </message>
    <message>
        <source>How it is implemented technically.</source>
        <translation>How it is implemented technically.</translation>
    </message>
    <message>
        <source>First day of the campaign.</source>
        <translation>First day of the campaign.</translation>
    </message>
    <message>
        <source>Last day of the campaign.</source>
        <translation>Last day of the campaign.</translation>
    </message>
    <message>
        <source>First day clients may activate the offer.</source>
        <translation>First day clients may activate the offer.</translation>
    </message>
    <message>
        <source>Last day clients may activate the offer.</source>
        <translation>Last day clients may activate the offer.</translation>
    </message>
    <message>
        <source>There is no campaign &quot;%1&quot;.</source>
        <translation>There is no campaign &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--owner: there is no user &quot;%1&quot;.</source>
        <translation>--owner: there is no user &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The campaign&apos;s id or name (edit, show, attribute).</source>
        <translation>The campaign&apos;s id or name (edit, show, attribute).</translation>
    </message>
    <message>
        <source>A link to an internal document (repeat for several).</source>
        <translation>A link to an internal document (repeat for several).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The person responsible (login).</source>
        <translation>The person responsible (login).</translation>
    </message>
    <message>
        <source>Archive the campaign.</source>
        <translation>Archive the campaign.</translation>
    </message>
    <message>
        <source>Take it back from the archive.</source>
        <translation>Take it back from the archive.</translation>
    </message>
    <message>
        <source>List archived campaigns too.</source>
        <translation>List archived campaigns too.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>upcoming</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1 &quot;%2&quot; saved; %n lead(s) attributed to it now.</source>
        <translation>
            <numerusform>Campaign %1 &quot;%2&quot; saved; %n lead attributed to it now.</numerusform>
            <numerusform>Campaign %1 &quot;%2&quot; saved; %n leads attributed to it now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say --archive or --restore, not both.</source>
        <translation>Say --archive or --restore, not both.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) attributed to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n lead attributed to &quot;%1&quot;.</numerusform>
            <numerusform>%n leads attributed to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;campaign %1&quot;. Use add, edit, list, show or attribute.</source>
        <translation>Unknown command &quot;campaign %1&quot;. Use add, edit, list, show or attribute.</translation>
    </message>
</context>
<context>
    <name>ContactBucket</name>
    <message>
        <source>≤ 15 min</source>
        <translation>≤ 15 min</translation>
    </message>
    <message>
        <source>15–60 min</source>
        <translation>15–60 min</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 h</translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation>4–24 h</translation>
    </message>
    <message>
        <source>&gt; 24 h</source>
        <translation>&gt; 24 h</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
</context>
<context>
    <name>ContactKind</name>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not open for reading</source>
        <translation>the file is not open for reading</translation>
    </message>
    <message>
        <source>the file looks binary, not CSV</source>
        <translation>the file looks binary, not CSV</translation>
    </message>
    <message>
        <source>unsupported encoding %1</source>
        <translation>unsupported encoding %1</translation>
    </message>
    <message>
        <source>%1 cannot be used as the delimiter</source>
        <translation>%1 cannot be used as the delimiter</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2 bytes</source>
        <translation>line %1: a field is longer than %2 bytes</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>line %1: a quoted field is not closed</translation>
    </message>
    <message>
        <source>line %1: the text is not valid %2</source>
        <translation>line %1: the text is not valid %2</translation>
    </message>
</context>
<context>
    <name>DailyReport</name>
    <message>
        <source>No valid report date was given (field &quot;date&quot;).</source>
        <translation>No valid report date was given (field &quot;date&quot;).</translation>
    </message>
    <message>
        <source>count the day&apos;s leads</source>
        <translation>count the day&apos;s leads</translation>
    </message>
    <message>
        <source>count the day&apos;s won deals</source>
        <translation>count the day&apos;s won deals</translation>
    </message>
    <message>
        <source>count the day&apos;s rejections</source>
        <translation>count the day&apos;s rejections</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 is already open for writing by %2 (process %3 on %4). SQLite mode serves one desk: close it there, or open this file read-only.</source>
        <translation>The database %1 is already open for writing by %2 (process %3 on %4). SQLite mode serves one desk: close it there, or open this file read-only.</translation>
    </message>
    <message>
        <source>Cannot take the write lock %1 for the database %2.</source>
        <translation>Cannot take the write lock %1 for the database %2.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Cannot create the folder %1 for the database.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed; install libqt6sql6-sqlite.</source>
        <translation>The Qt SQLite driver (QSQLITE) is not installed; install libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened a second time for another thread.</source>
        <translation>The database %1 cannot be opened a second time for another thread.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Database in use</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <source>Open it read-only? You will see the leads but cannot change them.</source>
        <translation>Open it read-only? You will see the leads but cannot change them.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo needs at least one lead and one week (--leads, --weeks).</source>
        <translation>The demo needs at least one lead and one week (--leads, --weeks).</translation>
    </message>
    <message>
        <source>The database %1 already holds %2 leads; demo data goes into an empty database only, so real and invented leads never mix.</source>
        <translation>The database %1 already holds %2 leads; demo data goes into an empty database only, so real and invented leads never mix.</translation>
    </message>
    <message>
        <source>Demo generation cancelled; nothing was written.</source>
        <translation>Demo generation cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>FunnelStage</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Complete data (MQL)</source>
        <translation>Complete data (MQL)</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Qualified (SQL)</source>
        <translation>Qualified (SQL)</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Cannot read the import mapping %1: %2.</source>
        <translation>Cannot read the import mapping %1: %2.</translation>
    </message>
    <message>
        <source>The import mapping %1 is not a JSON object (at offset %2: %3).</source>
        <translation>The import mapping %1 is not a JSON object (at offset %2: %3).</translation>
    </message>
    <message>
        <source>Import mapping %1, key &quot;%2&quot;: %3</source>
        <translation>Import mapping %1, key &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>unknown key; expected one of %1.</source>
        <translation>unknown key; expected one of %1.</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation>must be a string.</translation>
    </message>
    <message>
        <source>must be &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;, not &quot;%1&quot;.</source>
        <translation>must be &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;.</source>
        <translation>unknown time zone &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>must hold non-empty strings.</source>
        <translation>must hold non-empty strings.</translation>
    </message>
    <message>
        <source>must be a string or a list of strings.</source>
        <translation>must be a string or a list of strings.</translation>
    </message>
    <message>
        <source>must map at least one source column to a lead field.</source>
        <translation>must map at least one source column to a lead field.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead field; use one of %2.</source>
        <translation>&quot;%1&quot; is not a lead field; use one of %2.</translation>
    </message>
    <message>
        <source>the field %1 is already filled from the column &quot;%2&quot;.</source>
        <translation>the field %1 is already filled from the column &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot write the import mapping %1: %2.</source>
        <translation>Cannot write the import mapping %1: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter ISO 4217 code.</source>
        <translation>&quot;%1&quot; is not a three-letter ISO 4217 code.</translation>
    </message>
    <message>
        <source>must be a sales role (manager or head_of_sales), not &quot;%1&quot;.</source>
        <translation>must be a sales role (manager or head_of_sales), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>must contain %1 where the owner&apos;s id goes.</source>
        <translation>must contain %1 where the owner&apos;s id goes.</translation>
    </message>
    <message>
        <source>must be a whole number of days, 0 or more.</source>
        <translation>must be a whole number of days, 0 or more.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>not a phone number that can be dialled: kept as typed, the lead is flagged incomplete</source>
        <translation>not a phone number that can be dialled: kept as typed, the lead is flagged incomplete</translation>
    </message>
    <message>
        <source>No column is mapped to a lead field yet.</source>
        <translation>No column is mapped to a lead field yet.</translation>
    </message>
    <message>
        <source>Updating finds each lead by its external id: map a column to &quot;%1&quot;.</source>
        <translation>Updating finds each lead by its external id: map a column to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 can only be applied to existing leads: choose &quot;Update existing leads&quot; in the options, or skip these columns.</source>
        <translation>%1 can only be applied to existing leads: choose &quot;Update existing leads&quot; in the options, or skip these columns.</translation>
    </message>
    <message>
        <source>Nothing is mapped to %1: every lead will be imported flagged incomplete, and incomplete leads count against marketing&apos;s SLA.</source>
        <translation>Nothing is mapped to %1: every lead will be imported flagged incomplete, and incomplete leads count against marketing&apos;s SLA.</translation>
    </message>
    <message>
        <source>Nothing is mapped to &quot;%1&quot;: every lead will count as received at the moment of the import, and its SLA clock starts then.</source>
        <translation>Nothing is mapped to &quot;%1&quot;: every lead will count as received at the moment of the import, and its SLA clock starts then.</translation>
    </message>
    <message>
        <source>Nothing is mapped to &quot;%1&quot;: importing the same file again will add its leads a second time instead of updating them.</source>
        <translation>Nothing is mapped to &quot;%1&quot;: importing the same file again will add its leads a second time instead of updating them.</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>External id</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Landing page</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>UTM source</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>UTM medium</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>UTM campaign</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Declared monthly revenue</source>
        <translation>Declared monthly revenue</translation>
    </message>
    <message>
        <source>Won at</source>
        <translation>Won at</translation>
    </message>
    <message>
        <source>Deal amount</source>
        <translation>Deal amount</translation>
    </message>
    <message>
        <source>Deal currency</source>
        <translation>Deal currency</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Promo code</translation>
    </message>
    <message>
        <source>Lost at</source>
        <translation>Lost at</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Loss reason</translation>
    </message>
    <message>
        <source>Loss comment</source>
        <translation>Loss comment</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>cancelled, nothing changed</source>
        <translation>cancelled, nothing changed</translation>
    </message>
    <message>
        <source>dry run, nothing changed</source>
        <translation>dry run, nothing changed</translation>
    </message>
    <message>
        <source>rejected rows, nothing changed (use --partial to import the valid rows)</source>
        <translation>rejected rows, nothing changed (use --partial to import the valid rows)</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>Cannot write the error report %1: %2.</source>
        <translation>Cannot write the error report %1: %2.</translation>
    </message>
    <message>
        <source>, %1 possible duplicates flagged, %2 skipped</source>
        <translation>, %1 possible duplicates flagged, %2 skipped</translation>
    </message>
    <message>
        <source>, %1 outcomes applied, %2 owners created</source>
        <translation>, %1 outcomes applied, %2 owners created</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 inserted, %4 updated, %5 unchanged, %6 incomplete, %7 rejected%8 — %9.</source>
        <translation>%1: %2 rows, %3 inserted, %4 updated, %5 unchanged, %6 incomplete, %7 rejected%8 — %9.</translation>
    </message>
    <message>
        <source>, %1 attributed to campaigns</source>
        <translation>, %1 attributed to campaigns</translation>
    </message>
</context>
<context>
    <name>ImportSample</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is empty: not even a header row.</source>
        <translation>%1 is empty: not even a header row.</translation>
    </message>
</context>
<context>
    <name>ImportTimeParser</name>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Moscow.</source>
        <translation>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Moscow.</translation>
    </message>
</context>
<context>
    <name>LeadAction</name>
    <message>
        <source>Log first contact</source>
        <translation>Log first contact</translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation>Qualify</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Dispute rejection</source>
        <translation>Dispute rejection</translation>
    </message>
    <message>
        <source>Confirm rejection</source>
        <translation>Confirm rejection</translation>
    </message>
    <message>
        <source>Return to manager</source>
        <translation>Return to manager</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Mark won</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Mark lost</translation>
    </message>
</context>
<context>
    <name>LeadDistributor</name>
    <message>
        <source>Only the head of sales or an administrator may set up lead distribution (user %1 is &quot;%2&quot;).</source>
        <translation>Only the head of sales or an administrator may set up lead distribution (user %1 is &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Only active sales managers can be on duty (user id %1).</source>
        <translation>Only active sales managers can be on duty (user id %1).</translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>External id</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Phone as received</source>
        <translation>Phone as received</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Landing page</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>UTM source</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>UTM medium</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>UTM campaign</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status since</translation>
    </message>
    <message>
        <source>First contact due</source>
        <translation>First contact due</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>SLA margin, min</source>
        <extracomment>Minutes between the first contact (or now, while waiting) and its deadline; negative when late</extracomment>
        <translation>SLA margin, min</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Missing data</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Rejection reason</translation>
    </message>
    <message>
        <source>Rejection comment</source>
        <translation>Rejection comment</translation>
    </message>
    <message>
        <source>Dispute comment</source>
        <translation>Dispute comment</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Loss reason</translation>
    </message>
    <message>
        <source>Loss comment</source>
        <translation>Loss comment</translation>
    </message>
    <message>
        <source>Deal amount</source>
        <translation>Deal amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Declared monthly revenue</source>
        <translation>Declared monthly revenue</translation>
    </message>
    <message>
        <source>Possible duplicate of</source>
        <translation>Possible duplicate of</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cannot write the export %1: %2.</source>
        <translation>Cannot write the export %1: %2.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot; for the export; use UTF-8 or windows-1251.</source>
        <translation>Unknown encoding &quot;%1&quot; for the export; use UTF-8 or windows-1251.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1.</source>
        <translation>Cannot write the export: %1.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
</context>
<context>
    <name>LeadImporter</name>
    <message>
        <source>%1: the mapping needs the column(s) %2, which the header does not have (it has: %3).</source>
        <translation>%1: the mapping needs the column(s) %2, which the header does not have (it has: %3).</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;: none of the date formats %3 reads the values (e.g. &quot;%4&quot;); name the format in the mapping (date_formats).</source>
        <translation>%1, column &quot;%2&quot;: none of the date formats %3 reads the values (e.g. &quot;%4&quot;); name the format in the mapping (date_formats).</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>expected %1 fields as in the header, found %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>not a date in the format %1 (time zone %2)</source>
        <translation>not a date in the format %1 (time zone %2)</translation>
    </message>
    <message>
        <source>Updated by import of %1</source>
        <translation>Updated by import of %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>A user with the role &quot;%1&quot; may not import leads (user %2).</source>
        <translation>A user with the role &quot;%1&quot; may not import leads (user %2).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is empty: not even a header row.</source>
        <translation>%1 is empty: not even a header row.</translation>
    </message>
    <message>
        <source>Imported from %1, row %2</source>
        <translation>Imported from %1, row %2</translation>
    </message>
    <message>
        <source>lead %1 is already won (paid on %2, amount %3); an import does not change a recorded outcome</source>
        <translation>lead %1 is already won (paid on %2, amount %3); an import does not change a recorded outcome</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>the deal is won in the future</source>
        <translation>the deal is won in the future</translation>
    </message>
    <message>
        <source>%1: won in the other CRM; first contact time unknown</source>
        <translation>%1: won in the other CRM; first contact time unknown</translation>
    </message>
    <message>
        <source>%1: need, budget and decision-maker implied by the signed deal</source>
        <translation>%1: need, budget and decision-maker implied by the signed deal</translation>
    </message>
    <message>
        <source>%1: won on %2</source>
        <translation>%1: won on %2</translation>
    </message>
    <message>
        <source>%1: won on %2, amount unknown</source>
        <translation>%1: won on %2, amount unknown</translation>
    </message>
    <message>
        <source>lead %1: %2</source>
        <translation>lead %1: %2</translation>
    </message>
    <message>
        <source>not an amount of 0 or more (e.g. 1500.50)</source>
        <translation>not an amount of 0 or more (e.g. 1500.50)</translation>
    </message>
    <message>
        <source>possible duplicate of lead %1</source>
        <translation>possible duplicate of lead %1</translation>
    </message>
    <message>
        <source>incomplete minimum data, missing: %1</source>
        <translation>incomplete minimum data, missing: %1</translation>
    </message>
    <message>
        <source>Imported from %1 with %2</source>
        <translation>Imported from %1 with %2</translation>
    </message>
    <message>
        <source>no user has the login &quot;%1&quot; (the preset may create missing owners with &quot;create_missing_owners&quot;)</source>
        <translation>no user has the login &quot;%1&quot; (the preset may create missing owners with &quot;create_missing_owners&quot;)</translation>
    </message>
    <message>
        <source>user %1 is not an active sales manager</source>
        <translation>user %1 is not an active sales manager</translation>
    </message>
    <message>
        <source>no lead has this external id (an update changes existing leads only)</source>
        <translation>no lead has this external id (an update changes existing leads only)</translation>
    </message>
    <message>
        <source>%1: an update finds leads by external id, but the mapping has no external_id column.</source>
        <translation>%1: an update finds leads by external id, but the mapping has no external_id column.</translation>
    </message>
    <message>
        <source>A user with the role &quot;%1&quot; may not %2 (user %3).</source>
        <translation>A user with the role &quot;%1&quot; may not %2 (user %3).</translation>
    </message>
    <message>
        <source>import won deals</source>
        <translation>import won deals</translation>
    </message>
    <message>
        <source>import lead owners</source>
        <translation>import lead owners</translation>
    </message>
    <message>
        <source>create accounts for missing owners</source>
        <translation>create accounts for missing owners</translation>
    </message>
    <message>
        <source>the row gives both won_at and lost_at; a deal is either won or lost</source>
        <translation>the row gives both won_at and lost_at; a deal is either won or lost</translation>
    </message>
    <message>
        <source>a loss reason or comment without the date the deal was lost (lost_at)</source>
        <translation>a loss reason or comment without the date the deal was lost (lost_at)</translation>
    </message>
    <message>
        <source>not a loss reason of the catalog (known codes: %1)</source>
        <translation>not a loss reason of the catalog (known codes: %1)</translation>
    </message>
    <message>
        <source>a lost deal needs a loss reason of the catalog (loss_reason; known codes: %1)</source>
        <translation>a lost deal needs a loss reason of the catalog (loss_reason; known codes: %1)</translation>
    </message>
    <message>
        <source>lead %1 is already lost (on %2, reason &quot;%3&quot;); an import does not change a recorded outcome</source>
        <translation>lead %1 is already lost (on %2, reason &quot;%3&quot;); an import does not change a recorded outcome</translation>
    </message>
    <message>
        <source>the deal is lost in the future</source>
        <translation>the deal is lost in the future</translation>
    </message>
    <message>
        <source>%1: lost in the other CRM; first contact time unknown</source>
        <translation>%1: lost in the other CRM; first contact time unknown</translation>
    </message>
    <message>
        <source>%1: need, budget and decision-maker implied by the deal the other CRM worked on</source>
        <translation>%1: need, budget and decision-maker implied by the deal the other CRM worked on</translation>
    </message>
    <message>
        <source>%1: lost on %2</source>
        <translation>%1: lost on %2</translation>
    </message>
    <message>
        <source>%1: lost on %2: %3</source>
        <translation>%1: lost on %2: %3</translation>
    </message>
    <message>
        <source>%1: the mapping sets outcomes (won_at, deal_amount, deal_currency, owner, lost_at, loss_reason, loss_comment), which only an update applies: import it with --update-by external_id.</source>
        <translation>%1: the mapping sets outcomes (won_at, deal_amount, deal_currency, owner, lost_at, loss_reason, loss_comment), which only an update applies: import it with --update-by external_id.</translation>
    </message>
    <message>
        <source>import lost deals</source>
        <translation>import lost deals</translation>
    </message>
    <message>
        <source>%1: the mapping has a loss reason or comment column but no lost_at column: a loss needs its date.</source>
        <translation>%1: the mapping has a loss reason or comment column but no lost_at column: a loss needs its date.</translation>
    </message>
</context>
<context>
    <name>LeadPact</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Daily status report for %1 (%2)</source>
        <translation>Daily status report for %1 (%2)</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>In work</translation>
    </message>
    <message>
        <source>Qualified (SQL)</source>
        <translation>Qualified (SQL)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Revenue, %1</source>
        <translation>Revenue, %1</translation>
    </message>
    <message>
        <source>SLA misses</source>
        <translation>SLA misses</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Rejections</translation>
    </message>
    <message>
        <source>Rejections by reason, %1</source>
        <translation>Rejections by reason, %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
</context>
<context>
    <name>LeadPact::ActionController</name>
    <message>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Rejection and loss &amp;reasons…</source>
        <translation>Rejection and loss &amp;reasons…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Lead %1: %2 → %3. Ctrl+Z undoes it for %n second(s).</source>
        <translation>
            <numerusform>Lead %1: %2 → %3. Ctrl+Z undoes it for %n second.</numerusform>
            <numerusform>Lead %1: %2 → %3. Ctrl+Z undoes it for %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1 reassigned.</source>
        <translation>Lead %1 reassigned.</translation>
    </message>
    <message>
        <source>Undone: lead %1 is &quot;%2&quot; again.</source>
        <translation>Undone: lead %1 is &quot;%2&quot; again.</translation>
    </message>
</context>
<context>
    <name>LeadPact::ActionsSlide</name>
    <message>
        <source>Add an action item</source>
        <translation>Add an action item</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>No action items yet.</translation>
    </message>
    <message>
        <source>carried over from %1</source>
        <translation>carried over from %1</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, overdue</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— nobody —</translation>
    </message>
</context>
<context>
    <name>LeadPact::AlertBanner</name>
    <message>
        <source>Show lead</source>
        <translation>Show lead</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (and %2 more)</translation>
    </message>
</context>
<context>
    <name>LeadPact::AlertCenter</name>
    <message>
        <source>New lead</source>
        <translation>New lead</translation>
    </message>
    <message>
        <source>Lead %1 (%2) is assigned to you.</source>
        <translation>Lead %1 (%2) is assigned to you.</translation>
    </message>
    <message>
        <source>First contact due soon</source>
        <translation>First contact due soon</translation>
    </message>
    <message>
        <source>Lead %1 (%2): %3 to the first-contact deadline.</source>
        <translation>Lead %1 (%2): %3 to the first-contact deadline.</translation>
    </message>
    <message>
        <source>First contact overdue</source>
        <translation>First contact overdue</translation>
    </message>
    <message>
        <source>Lead %1 (%2) has passed its first-contact deadline.</source>
        <translation>Lead %1 (%2) has passed its first-contact deadline.</translation>
    </message>
    <message>
        <source>Leads waiting for you</source>
        <translation>Leads waiting for you</translation>
    </message>
    <message>
        <source>Overdue: %1, due soon: %2.</source>
        <translation>Overdue: %1, due soon: %2.</translation>
    </message>
    <message>
        <source>name not given</source>
        <translation>name not given</translation>
    </message>
</context>
<context>
    <name>LeadPact::BestDealSlide</name>
    <message>
        <source>Best deal of the week</source>
        <translation>Best deal of the week</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>%n days from the lead&apos;s arrival to the payment</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you, marketing, for this lead: channel &quot;%1&quot;, campaign &quot;%2&quot;. And thank you, %3, for closing it!</source>
        <translation>Thank you, marketing, for this lead: channel &quot;%1&quot;, campaign &quot;%2&quot;. And thank you, %3, for closing it!</translation>
    </message>
    <message>
        <source>Thank you, marketing, for this lead from channel &quot;%1&quot;. And thank you, %2, for closing it!</source>
        <translation>Thank you, marketing, for this lead from channel &quot;%1&quot;. And thank you, %2, for closing it!</translation>
    </message>
    <message>
        <source>Thank you, %1, for closing it!</source>
        <translation>Thank you, %1, for closing it!</translation>
    </message>
    <message>
        <source>Computing the week&apos;s numbers…</source>
        <translation>Computing the week&apos;s numbers…</translation>
    </message>
    <message>
        <source>No deal was won this week</source>
        <translation>No deal was won this week</translation>
    </message>
    <message>
        <source>Every week starts from zero: the leads in work now are next week&apos;s best deal.</source>
        <translation>Every week starts from zero: the leads in work now are next week&apos;s best deal.</translation>
    </message>
    <message>
        <source>Thank you all for the work on the leads!</source>
        <translation>Thank you all for the work on the leads!</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Deal cycle</source>
        <translation>Deal cycle</translation>
    </message>
</context>
<context>
    <name>LeadPact::CampaignCard</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Campaign: %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Upcoming: starts %1</source>
        <translation>Upcoming: starts %1</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>Who it is for:</source>
        <translation>Who it is for:</translation>
    </message>
    <message>
        <source>Promo code:</source>
        <translation>Promo code:</translation>
    </message>
    <message>
        <source>Campaign dates:</source>
        <translation>Campaign dates:</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>Activation:</translation>
    </message>
    <message>
        <source>Landing page:</source>
        <translation>Landing page:</translation>
    </message>
    <message>
        <source>Announced in:</source>
        <translation>Announced in:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>How it works:</source>
        <translation>How it works:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Responsible:</translation>
    </message>
</context>
<context>
    <name>LeadPact::CampaignEditor</name>
    <message>
        <source>&amp;Name (as in the documents):</source>
        <translation>&amp;Name (as in the documents):</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>&amp;Who it is for:</source>
        <translation>&amp;Who it is for:</translation>
    </message>
    <message>
        <source>Announced &amp;in:</source>
        <translation>Announced &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Promo code:</source>
        <translation>&amp;Promo code:</translation>
    </message>
    <message>
        <source>What the code &amp;gives:</source>
        <translation>What the code &amp;gives:</translation>
    </message>
    <message>
        <source>&amp;Landing link:</source>
        <translation>&amp;Landing link:</translation>
    </message>
    <message>
        <source>&amp;utm_campaign:</source>
        <translation>&amp;utm_campaign:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Starts:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ends:</translation>
    </message>
    <message>
        <source>Activation &amp;from:</source>
        <translation>Activation &amp;from:</translation>
    </message>
    <message>
        <source>Activation &amp;until:</source>
        <translation>Activation &amp;until:</translation>
    </message>
    <message>
        <source>How it works &amp;technically:</source>
        <translation>How it works &amp;technically:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Internal &amp;documents:</source>
        <translation>Internal &amp;documents:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
</context>
<context>
    <name>LeadPact::CampaignRegistryDialog</name>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Campaigns (read only)</source>
        <translation>Campaigns (read only)</translation>
    </message>
    <message>
        <source>Campaign &amp;card…</source>
        <translation>Campaign &amp;card…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Rest&amp;ore</translation>
    </message>
    <message>
        <source>The campaign is not saved: see the fields marked in red.</source>
        <translation>The campaign is not saved: see the fields marked in red.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Saved &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) attributed to it.</source>
        <translation>
            <numerusform>%n lead attributed to it.</numerusform>
            <numerusform>%n leads attributed to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) now carry the new name.</source>
        <translation>
            <numerusform>%n lead now carries the new name.</numerusform>
            <numerusform>%n leads now carry the new name.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived: it takes no new leads.</source>
        <translation>&quot;%1&quot; is archived: it takes no new leads.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is active again.</source>
        <translation>&quot;%1&quot; is active again.</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot; and attributing the leads it matches…</source>
        <translation>Saving &quot;%1&quot; and attributing the leads it matches…</translation>
    </message>
    <message>
        <source>S&amp;top saving</source>
        <translation>S&amp;top saving</translation>
    </message>
    <message>
        <source>Stop attributing the leads; the campaign is not saved</source>
        <translation>Stop attributing the leads; the campaign is not saved</translation>
    </message>
    <message>
        <source>Saving was stopped: the campaign and its leads are as they were.</source>
        <translation>Saving was stopped: the campaign and its leads are as they were.</translation>
    </message>
    <message>
        <source>Stopping: the changes are being rolled back…</source>
        <translation>Stopping: the changes are being rolled back…</translation>
    </message>
</context>
<context>
    <name>LeadPact::CampaignTableModel</name>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Starts today</source>
        <translation>Starts today</translation>
    </message>
    <message numerus="yes">
        <source>Upcoming: in %n day(s)</source>
        <translation>
            <numerusform>Upcoming: in %n day</numerusform>
            <numerusform>Upcoming: in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Promo code</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>LeadPact::CampaignsController</name>
    <message>
        <source>&amp;Campaigns…</source>
        <translation>&amp;Campaigns…</translation>
    </message>
    <message>
        <source>Marketing&apos;s promotions: what each one promises, to whom and when</source>
        <translation>Marketing&apos;s promotions: what each one promises, to whom and when</translation>
    </message>
    <message>
        <source>Marketing campaigns</source>
        <translation>Marketing campaigns</translation>
    </message>
</context>
<context>
    <name>LeadPact::CatalogEditor</name>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Require &amp;comment</source>
        <translation>Require &amp;comment</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchive</translation>
    </message>
    <message>
        <source>Reason catalogs</source>
        <translation>Reason catalogs</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>Rejection reasons</translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation>Loss reasons</translation>
    </message>
    <message>
        <source>An archived reason is no longer offered; leads that carry it keep it. Reasons are never deleted.</source>
        <translation>An archived reason is no longer offered; leads that carry it keep it. Reasons are never deleted.</translation>
    </message>
    <message>
        <source>Reasons are never deleted: archive the ones no longer used. Double-click a title to rename it.</source>
        <translation>Reasons are never deleted: archive the ones no longer used. Double-click a title to rename it.</translation>
    </message>
    <message>
        <source>Only an administrator or the head of sales may edit the catalogs; you can view them.</source>
        <translation>Only an administrator or the head of sales may edit the catalogs; you can view them.</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>New reason</translation>
    </message>
    <message>
        <source>latin letters, digits, _ (e.g. no_license)</source>
        <translation>latin letters, digits, _ (e.g. no_license)</translation>
    </message>
    <message>
        <source>Requires a comment as proof</source>
        <translation>Requires a comment as proof</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>Russian &amp;title:</source>
        <translation>Russian &amp;title:</translation>
    </message>
    <message>
        <source>&amp;English title:</source>
        <translation>&amp;English title:</translation>
    </message>
    <message>
        <source>No &amp;comment needed</source>
        <translation>No &amp;comment needed</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Un&amp;archive</translation>
    </message>
</context>
<context>
    <name>LeadPact::ChartStyle</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>LeadPact::ChartWidget</name>
    <message>
        <source>LeadPact chart</source>
        <translation>LeadPact chart</translation>
    </message>
</context>
<context>
    <name>LeadPact::ContactSection</name>
    <message>
        <source>&amp;Contact by:</source>
        <translation>&amp;Contact by:</translation>
    </message>
    <message>
        <source>Contact &amp;time:</source>
        <translation>Contact &amp;time:</translation>
    </message>
</context>
<context>
    <name>LeadPact::DailyReportDialog</name>
    <message>
        <source>Daily status report</source>
        <translation>Daily status report</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>(time zone %1)</source>
        <translation>(time zone %1)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>XLSX…</source>
        <translation>XLSX…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>Rejection reasons</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save the daily report as PDF</source>
        <translation>Save the daily report as PDF</translation>
    </message>
    <message>
        <source>daily-report-%1.pdf</source>
        <translation>daily-report-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Save the daily report as an Excel workbook</source>
        <translation>Save the daily report as an Excel workbook</translation>
    </message>
    <message>
        <source>daily-report-%1.xlsx</source>
        <translation>daily-report-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>LeadPact::DailyReportDocument</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Daily status report for %1</source>
        <translation>Daily status report for %1</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>In work</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>SLA misses</source>
        <translation>SLA misses</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Time zone: %1</translation>
    </message>
    <message>
        <source>LeadPact · generated %1 · page %2</source>
        <translation>LeadPact · generated %1 · page %2</translation>
    </message>
    <message>
        <source>Rejections by reason</source>
        <translation>Rejections by reason</translation>
    </message>
    <message>
        <source>No lead was rejected that day.</source>
        <translation>No lead was rejected that day.</translation>
    </message>
</context>
<context>
    <name>LeadPact::DashboardFilterBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>Received from (inclusive)</source>
        <translation>Received from (inclusive)</translation>
    </message>
    <message>
        <source>Received up to (inclusive)</source>
        <translation>Received up to (inclusive)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>C&amp;ampaign:</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>All managers</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>LeadPact::DashboardView</name>
    <message>
        <source>Funnel, %1</source>
        <translation>Funnel, %1</translation>
    </message>
    <message>
        <source>Incomplete data</source>
        <translation>Incomplete data</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Rejections disputed</source>
        <translation>Rejections disputed</translation>
    </message>
    <message>
        <source>Rejections overturned</source>
        <translation>Rejections overturned</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Received: %1</translation>
    </message>
    <message>
        <source>SQL: %1</source>
        <translation>SQL: %1</translation>
    </message>
    <message>
        <source>won: %1</source>
        <translation>won: %1</translation>
    </message>
    <message>
        <source>within SLA: %1</source>
        <translation>within SLA: %1</translation>
    </message>
    <message>
        <source>median first contact: %1</source>
        <translation>median first contact: %1</translation>
    </message>
    <message>
        <source>%1 of the leads</source>
        <translation>%1 of the leads</translation>
    </message>
    <message>
        <source>First contact %1</source>
        <translation>First contact %1</translation>
    </message>
    <message>
        <source>within SLA %1</source>
        <translation>within SLA %1</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>median %1</translation>
    </message>
    <message>
        <source>90th percentile %1</source>
        <translation>90th percentile %1</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Leads from %1</source>
        <translation>Leads from %1</translation>
    </message>
    <message>
        <source>Leads received</source>
        <translation>Leads received</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>Within SLA</translation>
    </message>
    <message>
        <source>SQL from %1</source>
        <translation>SQL from %1</translation>
    </message>
    <message>
        <source>Won from %1</source>
        <translation>Won from %1</translation>
    </message>
    <message>
        <source>Incomplete data from %1</source>
        <translation>Incomplete data from %1</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 of %2 leads</translation>
    </message>
    <message>
        <source>% of the channel&apos;s leads</source>
        <translation>% of the channel&apos;s leads</translation>
    </message>
    <message>
        <source>Rejected leads</source>
        <translation>Rejected leads</translation>
    </message>
    <message>
        <source>%1 of the channel&apos;s rejections</source>
        <translation>%1 of the channel&apos;s rejections</translation>
    </message>
    <message>
        <source>Rejected from %1: %2</source>
        <translation>Rejected from %1: %2</translation>
    </message>
    <message>
        <source>Days from arrival to payment (median)</source>
        <translation>Days from arrival to payment (median)</translation>
    </message>
    <message>
        <source>Median cycle</source>
        <translation>Median cycle</translation>
    </message>
    <message>
        <source>Average deal, %1</source>
        <translation>Average deal, %1</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Average deal</translation>
    </message>
    <message>
        <source>%1 deals, revenue %2 %3</source>
        <translation>%1 deals, revenue %2 %3</translation>
    </message>
    <message>
        <source>Deals in %1 from %2</source>
        <translation>Deals in %1 from %2</translation>
    </message>
    <message>
        <source>MQL → SQL, %</source>
        <translation>MQL → SQL, %</translation>
    </message>
    <message>
        <source>Within SLA, %</source>
        <translation>Within SLA, %</translation>
    </message>
    <message>
        <source>%1 SQL of %2 MQL</source>
        <translation>%1 SQL of %2 MQL</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>week of %1</translation>
    </message>
    <message>
        <source>Leads, %1</source>
        <translation>Leads, %1</translation>
    </message>
    <message>
        <source>SQL, %1</source>
        <translation>SQL, %1</translation>
    </message>
    <message>
        <source>Contacted within SLA, %1</source>
        <translation>Contacted within SLA, %1</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>Share, %</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Revenue, %1</source>
        <translation>Revenue, %1</translation>
    </message>
    <message>
        <source>Spend, %1</source>
        <translation>Spend, %1</translation>
    </message>
    <message>
        <source>CPL, %1</source>
        <translation>CPL, %1</translation>
    </message>
    <message>
        <source>Cost per SQL, %1</source>
        <translation>Cost per SQL, %1</translation>
    </message>
    <message>
        <source>Cost per deal, %1</source>
        <translation>Cost per deal, %1</translation>
    </message>
    <message>
        <source>ROMI, %</source>
        <translation>ROMI, %</translation>
    </message>
    <message>
        <source>Cycle, days (median)</source>
        <translation>Cycle, days (median)</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> from %1</translation>
    </message>
    <message>
        <source>Leads%1</source>
        <translation>Leads%1</translation>
    </message>
    <message>
        <source>SQL%1</source>
        <translation>SQL%1</translation>
    </message>
    <message>
        <source>Deals in %1%2</source>
        <translation>Deals in %1%2</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Median, min</source>
        <translation>Median, min</translation>
    </message>
    <message>
        <source>90th percentile, min</source>
        <translation>90th percentile, min</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Leads of %1</source>
        <translation>Leads of %1</translation>
    </message>
    <message>
        <source>Contacted by %1</source>
        <translation>Contacted by %1</translation>
    </message>
    <message>
        <source>Contacted within SLA by %1</source>
        <translation>Contacted within SLA by %1</translation>
    </message>
    <message>
        <source>SQL of %1</source>
        <translation>SQL of %1</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Chance of SQL, %</source>
        <translation>Chance of SQL, %</translation>
    </message>
    <message>
        <source>Chance of a deal, %</source>
        <translation>Chance of a deal, %</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (hot)</source>
        <translation>%1 (hot)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>Marketing &amp;spend…</source>
        <translation>Marketing &amp;spend…</translation>
    </message>
    <message>
        <source>Enter the spend per channel and month: CPL, cost per SQL and ROMI need it</source>
        <translation>Enter the spend per channel and month: CPL, cost per SQL and ROMI need it</translation>
    </message>
    <message>
        <source>The data has changed since these numbers were computed: View → Refresh (F5) computes them again.</source>
        <translation>The data has changed since these numbers were computed: View → Refresh (F5) computes them again.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Time to first contact</source>
        <translation>Time to first contact</translation>
    </message>
    <message>
        <source>Leads by channel</source>
        <translation>Leads by channel</translation>
    </message>
    <message>
        <source>Channels compared</source>
        <translation>Channels compared</translation>
    </message>
    <message>
        <source>Rejection reasons by channel</source>
        <translation>Rejection reasons by channel</translation>
    </message>
    <message>
        <source>Weekly trend</source>
        <translation>Weekly trend</translation>
    </message>
    <message>
        <source>Deal cycle by channel (median)</source>
        <translation>Deal cycle by channel (median)</translation>
    </message>
    <message>
        <source>Average deal by channel</source>
        <translation>Average deal by channel</translation>
    </message>
    <message>
        <source>Money and marketing spend by channel</source>
        <translation>Money and marketing spend by channel</translation>
    </message>
    <message>
        <source>First contact by manager</source>
        <translation>First contact by manager</translation>
    </message>
    <message>
        <source>Source scores (all history)</source>
        <translation>Source scores (all history)</translation>
    </message>
    <message>
        <source>Source scores: chance to become SQL and to be won, all history</source>
        <translation>Source scores: chance to become SQL and to be won, all history</translation>
    </message>
    <message>
        <source>Export as PNG (%1 × %2)…</source>
        <translation>Export as PNG (%1 × %2)…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Export as SVG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation>Could not write the chart to %1.</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the table to %1.</source>
        <translation>Could not write the table to %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>(no channel)</translation>
    </message>
    <message>
        <source>Received
→ SQL</source>
        <translation>Received
→ SQL</translation>
    </message>
    <message>
        <source>Received
→ won</source>
        <translation>Received
→ won</translation>
    </message>
    <message>
        <source>Within
SLA</source>
        <translation>Within
SLA</translation>
    </message>
    <message>
        <source>Incomplete
data</source>
        <translation>Incomplete
data</translation>
    </message>
    <message>
        <source>Answered within SLA from %1</source>
        <translation>Answered within SLA from %1</translation>
    </message>
</context>
<context>
    <name>LeadPact::DistributionPage</name>
    <message>
        <source>Distribute new unassigned leads au&amp;tomatically</source>
        <translation>Distribute new unassigned leads au&amp;tomatically</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>New leads nobody has taken go to the ticked managers in turn, the most urgent first.</source>
        <translation>New leads nobody has taken go to the ticked managers in turn, the most urgent first.</translation>
    </message>
    <message>
        <source>&amp;Managers on duty, in rotation order:</source>
        <translation>&amp;Managers on duty, in rotation order:</translation>
    </message>
</context>
<context>
    <name>LeadPact::FactsSlide</name>
    <message>
        <source>Top rejection reasons</source>
        <translation>Top rejection reasons</translation>
    </message>
    <message>
        <source>Facts of the week</source>
        <translation>Facts of the week</translation>
    </message>
    <message>
        <source>Computing the week&apos;s numbers…</source>
        <translation>Computing the week&apos;s numbers…</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>4-week average</source>
        <translation>4-week average</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>No rejections this week.</source>
        <translation>No rejections this week.</translation>
    </message>
</context>
<context>
    <name>LeadPact::FilterBar</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Incomplete data only</source>
        <translation>&amp;Incomplete data only</translation>
    </message>
    <message>
        <source>Leads missing part of the minimum data: name, phone, channel</source>
        <translation>Leads missing part of the minimum data: name, phone, channel</translation>
    </message>
    <message>
        <source>Search: name, company, e-mail, phone (Ctrl+F)</source>
        <translation>Search: name, company, e-mail, phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>All managers</translation>
    </message>
    <message>
        <source>Open: new and in work</source>
        <translation>Open: new and in work</translation>
    </message>
    <message>
        <source>Rejected and disputed</source>
        <translation>Rejected and disputed</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Received from (inclusive)</source>
        <translation>Received from (inclusive)</translation>
    </message>
    <message>
        <source>Received up to (inclusive)</source>
        <translation>Received up to (inclusive)</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>The list shows the leads behind a dashboard number. Click to go back to the filters.</source>
        <translation>The list shows the leads behind a dashboard number. Click to go back to the filters.</translation>
    </message>
    <message>
        <source>Drill-down: %1  ✕</source>
        <translation>Drill-down: %1  ✕</translation>
    </message>
    <message>
        <source>Drill-down: %1. Press to remove.</source>
        <translation>Drill-down: %1. Press to remove.</translation>
    </message>
</context>
<context>
    <name>LeadPact::FunnelChart</name>
    <message>
        <source>Conversion from the previous stage: %1</source>
        <translation>Conversion from the previous stage: %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Outside the funnel</source>
        <translation>Outside the funnel</translation>
    </message>
    <message>
        <source>%1 (end to end: %2)</source>
        <translation>%1 (end to end: %2)</translation>
    </message>
</context>
<context>
    <name>LeadPact::HolidayListEdit</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Holiday to add</source>
        <translation>Holiday to add</translation>
    </message>
</context>
<context>
    <name>LeadPact::IdentityDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Choose yourself. LeadPact remembers the choice; change it later with File → Switch user…</source>
        <translation>Choose yourself. LeadPact remembers the choice; change it later with File → Switch user…</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>LeadPact::ImportFilePage</name>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>A CSV or TSV export of a web form, an ad platform or another CRM.</source>
        <translation>A CSV or TSV export of a web form, an ad platform or another CRM.</translation>
    </message>
    <message>
        <source>Path to a .csv or .tsv file</source>
        <translation>Path to a .csv or .tsv file</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>As detected</translation>
    </message>
    <message>
        <source>New mapping (matched by column names)</source>
        <translation>New mapping (matched by column names)</translation>
    </message>
    <message>
        <source>&amp;Load preset…</source>
        <translation>&amp;Load preset…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Mapping:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Detected:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Import leads</translation>
    </message>
    <message>
        <source>CSV and TSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV and TSV files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Load a mapping preset</source>
        <translation>Load a mapping preset</translation>
    </message>
    <message>
        <source>Mapping presets (*.json)</source>
        <translation>Mapping presets (*.json)</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Choose a file to see what it holds.</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>detected</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1 (%2), delimiter %3 (%4); %n data row(s) sampled, the file has %5.</source>
        <translation>
            <numerusform>Encoding %1 (%2), delimiter %3 (%4); %n data row sampled, the file has %5.</numerusform>
            <numerusform>Encoding %1 (%2), delimiter %3 (%4); %n data rows sampled, the file has %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns are matched to lead fields by their names; check them on the next page.</source>
        <translation>Columns are matched to lead fields by their names; check them on the next page.</translation>
    </message>
    <message>
        <source>This file lacks the preset&apos;s column(s) %1: adjust the mapping on the next page.</source>
        <translation>This file lacks the preset&apos;s column(s) %1: adjust the mapping on the next page.</translation>
    </message>
</context>
<context>
    <name>LeadPact::ImportMappingPage</name>
    <message>
        <source>Detect from the file</source>
        <translation>Detect from the file</translation>
    </message>
    <message>
        <source>ISO 8601 (2026-11-23T09:30:00)</source>
        <translation>ISO 8601 (2026-11-23T09:30:00)</translation>
    </message>
    <message>
        <source>Unix time (seconds since 1970)</source>
        <translation>Unix time (seconds since 1970)</translation>
    </message>
    <message>
        <source>Map the columns to lead fields</source>
        <translation>Map the columns to lead fields</translation>
    </message>
    <message>
        <source>Choose the lead field each column of the file fills; columns left on &quot;— skip —&quot; are not imported.</source>
        <translation>Choose the lead field each column of the file fills; columns left on &quot;— skip —&quot; are not imported.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Example from the file</source>
        <translation>Example from the file</translation>
    </message>
    <message>
        <source>Lead field</source>
        <translation>Lead field</translation>
    </message>
    <message>
        <source>e.g. Site form</source>
        <translation>e.g. Site form</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>A new lead with the phone or e-mail of a lead that arrived this many days before or after it is a possible duplicate.</source>
        <translation>A new lead with the phone or e-mail of a lead that arrived this many days before or after it is a possible duplicate.</translation>
    </message>
    <message>
        <source>&amp;Save preset…</source>
        <translation>&amp;Save preset…</translation>
    </message>
    <message>
        <source>Preset na&amp;me:</source>
        <translation>Preset na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Dates written as:</source>
        <translation>&amp;Dates written as:</translation>
    </message>
    <message>
        <source>&amp;Time zone of the file:</source>
        <translation>&amp;Time zone of the file:</translation>
    </message>
    <message>
        <source>&amp;Currency of amounts:</source>
        <translation>&amp;Currency of amounts:</translation>
    </message>
    <message>
        <source>Possible d&amp;uplicates within:</source>
        <translation>Possible d&amp;uplicates within:</translation>
    </message>
    <message>
        <source>Lead field for the column %1</source>
        <translation>Lead field for the column %1</translation>
    </message>
    <message>
        <source>— skip —</source>
        <translation>— skip —</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; pick one from the list, such as Europe/Moscow.</source>
        <translation>&quot;%1&quot; is not a time zone; pick one from the list, such as Europe/Moscow.</translation>
    </message>
    <message>
        <source>The currency needs its three-letter code, such as RUB.</source>
        <translation>The currency needs its three-letter code, such as RUB.</translation>
    </message>
    <message>
        <source>The preset also maps %1, which this file does not have; those fields stay empty.</source>
        <translation>The preset also maps %1, which this file does not have; those fields stay empty.</translation>
    </message>
    <message>
        <source>Save the mapping preset</source>
        <translation>Save the mapping preset</translation>
    </message>
    <message>
        <source>Mapping presets (*.json)</source>
        <translation>Mapping presets (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>LeadPact::ImportOptionsPage</name>
    <message>
        <source>Add &amp;new leads (a known external id updates its lead)</source>
        <translation>Add &amp;new leads (a known external id updates its lead)</translation>
    </message>
    <message>
        <source>&amp;Update existing leads by external id, with their outcomes (nothing is added)</source>
        <translation>&amp;Update existing leads by external id, with their outcomes (nothing is added)</translation>
    </message>
    <message>
        <source>&amp;All or nothing: one unreadable row and nothing is imported</source>
        <translation>&amp;All or nothing: one unreadable row and nothing is imported</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows, report the rest</source>
        <translation>Import the &amp;valid rows, report the rest</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Dry run</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Try a dry run first: it does the whole import, shows the counts and changes nothing.</source>
        <translation>Try a dry run first: it does the whole import, shows the counts and changes nothing.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Keep them, flagged as possible duplicates</source>
        <translation>Keep them, flagged as possible duplicates</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Skip them</translation>
    </message>
    <message>
        <source>What the rows do</source>
        <translation>What the rows do</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>Rows that cannot be read</translation>
    </message>
    <message>
        <source>Possible du&amp;plicates:</source>
        <translation>Possible du&amp;plicates:</translation>
    </message>
    <message>
        <source>Dry run in progress…</source>
        <translation>Dry run in progress…</translation>
    </message>
    <message>
        <source>Dry run cancelled. Nothing was changed.</source>
        <translation>Dry run cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>Dry run: %1 Nothing was changed.</source>
        <translation>Dry run: %1 Nothing was changed.</translation>
    </message>
    <message>
        <source>The dry run failed: %1 Nothing was changed.</source>
        <translation>The dry run failed: %1 Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged incomplete</source>
        <translation>
            <numerusform>%n flagged incomplete</numerusform>
            <numerusform>%n flagged incomplete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s) kept</source>
        <translation>
            <numerusform>%n possible duplicate kept</numerusform>
            <numerusform>%n possible duplicates kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) applied</source>
        <translation>
            <numerusform>%n outcome applied</numerusform>
            <numerusform>%n outcomes applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) created</source>
        <translation>
            <numerusform>%n owner created</numerusform>
            <numerusform>%n owners created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: %1.</source>
        <translation>
            <numerusform>%n row read: %1.</numerusform>
            <numerusform>%n rows read: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All or nothing: the rejected rows stopped the import.</source>
        <translation>All or nothing: the rejected rows stopped the import.</translation>
    </message>
    <message>
        <source>All or nothing: as it stands, the rejected rows would stop the import; fix them or import the valid rows.</source>
        <translation>All or nothing: as it stands, the rejected rows would stop the import; fix them or import the valid rows.</translation>
    </message>
    <message numerus="yes">
        <source>%n attributed to campaigns</source>
        <translation>
            <numerusform>%n attributed to a campaign</numerusform>
            <numerusform>%n attributed to campaigns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadPact::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The first rows as they would be stored. Red cells cannot be read (hover for the reason); yellow rows would be imported flagged incomplete.</source>
        <translation>The first rows as they would be stored. Red cells cannot be read (hover for the reason); yellow rows would be imported flagged incomplete.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>The row&apos;s number in the file (the header is row 1)</source>
        <translation>The row&apos;s number in the file (the header is row 1)</translation>
    </message>
    <message>
        <source>From the column &quot;%1&quot;</source>
        <translation>From the column &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 ✖</source>
        <translation>%1 ✖</translation>
    </message>
    <message>
        <source>This row would be rejected: %1</source>
        <translation>This row would be rejected: %1</translation>
    </message>
    <message>
        <source>%1 incomplete</source>
        <translation>%1 incomplete</translation>
    </message>
    <message>
        <source>Imported, flagged incomplete: no %1</source>
        <translation>Imported, flagged incomplete: no %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n row shown</numerusform>
            <numerusform>%n rows shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would be rejected</source>
        <translation>
            <numerusform>%n would be rejected</numerusform>
            <numerusform>%n would be rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete</source>
        <translation>
            <numerusform>%n incomplete</numerusform>
            <numerusform>%n incomplete</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates read as %1 (%2); times shown in %3.</source>
        <translation>Dates read as %1 (%2); times shown in %3.</translation>
    </message>
</context>
<context>
    <name>LeadPact::ImportRunPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Cancelling leaves the database exactly as it was.</source>
        <translation>Cancelling leaves the database exactly as it was.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>%1 of %2 read.</source>
        <translation>%1 of %2 read.</translation>
    </message>
    <message>
        <source>Cancelling: rolling back…</source>
        <translation>Cancelling: rolling back…</translation>
    </message>
</context>
<context>
    <name>LeadPact::ImportSummaryPage</name>
    <message>
        <source>Rows read:</source>
        <translation>Rows read:</translation>
    </message>
    <message>
        <source>New leads:</source>
        <translation>New leads:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Unchanged:</translation>
    </message>
    <message>
        <source>Flagged incomplete:</source>
        <translation>Flagged incomplete:</translation>
    </message>
    <message>
        <source>Possible duplicates kept:</source>
        <translation>Possible duplicates kept:</translation>
    </message>
    <message>
        <source>Possible duplicates skipped:</source>
        <translation>Possible duplicates skipped:</translation>
    </message>
    <message>
        <source>Outcomes applied:</source>
        <translation>Outcomes applied:</translation>
    </message>
    <message>
        <source>Owners created:</source>
        <translation>Owners created:</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Rejected rows:</translation>
    </message>
    <message>
        <source>&amp;Save error report (CSV)…</source>
        <translation>&amp;Save error report (CSV)…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>What the import did.</source>
        <translation>What the import did.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The import could not run: %1 Nothing was changed.</source>
        <translation>The import could not run: %1 Nothing was changed.</translation>
    </message>
    <message>
        <source>Committed: the leads of %1 are saved.</source>
        <translation>Committed: the leads of %1 are saved.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed, the database is as it was.</source>
        <translation>Cancelled: nothing was changed, the database is as it was.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n row(s) could not be read, and the import is all or nothing. Fix them, or choose to import the valid rows.</source>
        <translation>
            <numerusform>Nothing was changed: %n row could not be read, and the import is all or nothing. Fix it, or choose to import the valid rows.</numerusform>
            <numerusform>Nothing was changed: %n rows could not be read, and the import is all or nothing. Fix them, or choose to import the valid rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>Save the error report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Attributed to campaigns:</source>
        <translation>Attributed to campaigns:</translation>
    </message>
</context>
<context>
    <name>LeadPact::ImportWizard</name>
    <message>
        <source>Import leads</source>
        <translation>Import leads</translation>
    </message>
</context>
<context>
    <name>LeadPact::LeadDetailPanel</name>
    <message>
        <source>SLA:</source>
        <translation>SLA:</translation>
    </message>
    <message>
        <source>First contact due:</source>
        <translation>First contact due:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Manager:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Company:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Missing data:</source>
        <translation>Missing data:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>Landing page:</source>
        <translation>Landing page:</translation>
    </message>
    <message>
        <source>UTM:</source>
        <translation>UTM:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>No lead selected</translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation>%1 (No. %2)</translation>
    </message>
    <message>
        <source>Name not given</source>
        <translation>Name not given</translation>
    </message>
    <message>
        <source>%1 (as received: %2)</source>
        <translation>%1 (as received: %2)</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation>Disputed: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Lost: %1</translation>
    </message>
    <message>
        <source>Won: %1 %2</source>
        <translation>Won: %1 %2</translation>
    </message>
    <message>
        <source>%1, first contact %2</source>
        <translation>%1, first contact %2</translation>
    </message>
    <message>
        <source>Declared monthly revenue:</source>
        <translation>Declared monthly revenue:</translation>
    </message>
    <message>
        <source>Possible duplicate of:</source>
        <translation>Possible duplicate of:</translation>
    </message>
    <message>
        <source>Won on %1, amount unknown</source>
        <translation>Won on %1, amount unknown</translation>
    </message>
    <message>
        <source>lead No. %1</source>
        <translation>lead No. %1</translation>
    </message>
    <message>
        <source>Campaign &amp;card…</source>
        <translation>Campaign &amp;card…</translation>
    </message>
    <message>
        <source>What the campaign promised the client, its promo code, dates and documents</source>
        <translation>What the campaign promised the client, its promo code, dates and documents</translation>
    </message>
    <message>
        <source>Promo code:</source>
        <translation>Promo code:</translation>
    </message>
</context>
<context>
    <name>LeadPact::LeadExportDialog</name>
    <message>
        <source>Export leads</source>
        <translation>Export leads</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8</source>
        <translation>CSV for Excel, UTF-8</translation>
    </message>
    <message>
        <source>CSV for older Excel, Windows-1251</source>
        <translation>CSV for older Excel, Windows-1251</translation>
    </message>
    <message>
        <source>Times in your time zone: %1.</source>
        <translation>Times in your time zone: %1.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Stop export</source>
        <translation>&amp;Stop export</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>leads-%1</source>
        <translation>leads-%1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>Stopping the export…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>The export failed: %1 No file was written.</source>
        <translation>The export failed: %1 No file was written.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) of the list as it is filtered now, in its order.</source>
        <translation>
            <numerusform>%Ln lead of the list as it is filtered now, in its order.</numerusform>
            <numerusform>%Ln leads of the list as it is filtered now, in its order.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to:</source>
        <translation>Exporting to:</translation>
    </message>
    <message>
        <source>Export stopped; this file was not written:</source>
        <translation>Export stopped; this file was not written:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) written to:</source>
        <translation>
            <numerusform>%Ln lead written to:</numerusform>
            <numerusform>%Ln leads written to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadPact::LeadTableModel</name>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>Minimum data missing: %1</source>
        <translation>Minimum data missing: %1</translation>
    </message>
    <message>
        <source>As received: %1</source>
        <translation>As received: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>User #%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>First contact due</source>
        <translation>First contact due</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Missing data</translation>
    </message>
    <message>
        <source>When the lead arrived, in your time zone</source>
        <translation>When the lead arrived, in your time zone</translation>
    </message>
    <message>
        <source>The SLA deadline for the first contact, in your time zone</source>
        <translation>The SLA deadline for the first contact, in your time zone</translation>
    </message>
    <message>
        <source>Minimum data marketing owes sales: name, phone, channel</source>
        <translation>Minimum data marketing owes sales: name, phone, channel</translation>
    </message>
    <message>
        <source>%1, first contact due %2</source>
        <translation>%1, first contact due %2</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Time left to the first contact, or whether it was made in time</source>
        <translation>Time left to the first contact, or whether it was made in time</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 % of leads become SQL, %3 % are won (all sources: %4 % SQL; %n lead(s) of history)</source>
        <translation>
            <numerusform>%1: %2 % of leads become SQL, %3 % are won (all sources: %4 % SQL; %n lead of history)</numerusform>
            <numerusform>%1: %2 % of leads become SQL, %3 % are won (all sources: %4 % SQL; %n leads of history)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hot source. %1</source>
        <translation>Hot source. %1</translation>
    </message>
</context>
<context>
    <name>LeadPact::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About LeadPact</source>
        <translation>&amp;About LeadPact</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Another LeadPact holds this database for writing: you can look, not change.</source>
        <translation>Another LeadPact holds this database for writing: you can look, not change.</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation>Read-write</translation>
    </message>
    <message>
        <source>Leads: %1</source>
        <translation>Leads: %1</translation>
    </message>
    <message>
        <source>An agreed SLA between marketing and sales: every lead contacted in time, every rejection with a reason, one set of numbers for both.</source>
        <translation>An agreed SLA between marketing and sales: every lead contacted in time, every rejection with a reason, one set of numbers for both.</translation>
    </message>
    <message>
        <source>License: %1.</source>
        <translation>License: %1.</translation>
    </message>
    <message>
        <source>LeadPact comes with absolutely no warranty.</source>
        <translation>LeadPact comes with absolutely no warranty.</translation>
    </message>
    <message>
        <source>About LeadPact</source>
        <translation>About LeadPact</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Switch user…</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Mute alerts</source>
        <translation>&amp;Mute alerts</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Working as %1; File → Switch user… to change</source>
        <translation>Working as %1; File → Switch user… to change</translation>
    </message>
    <message>
        <source>&amp;Team settings…</source>
        <translation>&amp;Team settings…</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Lead list</source>
        <translation>&amp;Lead list</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Weekly meeting</source>
        <translation>&amp;Weekly meeting</translation>
    </message>
    <message>
        <source>Dail&amp;y status report…</source>
        <translation>Dail&amp;y status report…</translation>
    </message>
    <message>
        <source>Leads: %1+</source>
        <translation>Leads: %1+</translation>
    </message>
    <message>
        <source>Only marketing, the head of sales and admin import leads.</source>
        <translation>Only marketing, the head of sales and admin import leads.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>&amp;Import leads…</translation>
    </message>
    <message>
        <source>&amp;Export leads…</source>
        <translation>&amp;Export leads…</translation>
    </message>
    <message>
        <source>Export the leads the list shows to Excel or CSV</source>
        <translation>Export the leads the list shows to Excel or CSV</translation>
    </message>
</context>
<context>
    <name>LeadPact::MeetingCharts</name>
    <message>
        <source>Leads received</source>
        <translation>Leads received</translation>
    </message>
    <message>
        <source>Leads processed</source>
        <translation>Leads processed</translation>
    </message>
    <message>
        <source>Within the SLA, %</source>
        <translation>Within the SLA, %</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>SLA, %</source>
        <translation>SLA, %</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Rejections</translation>
    </message>
    <message>
        <source>Rejected leads</source>
        <translation>Rejected leads</translation>
    </message>
</context>
<context>
    <name>LeadPact::MeetingDocument</name>
    <message>
        <source>Weekly meeting %1</source>
        <translation>Weekly meeting %1</translation>
    </message>
    <message>
        <source>LeadPact · weekly meeting · printed %1 · page %2</source>
        <translation>LeadPact · weekly meeting · printed %1 · page %2</translation>
    </message>
    <message>
        <source>Best deal of the week</source>
        <translation>Best deal of the week</translation>
    </message>
    <message>
        <source>Facts of the week</source>
        <translation>Facts of the week</translation>
    </message>
    <message>
        <source>Top 3 problems</source>
        <translation>Top 3 problems</translation>
    </message>
    <message>
        <source>No problems found by the rules, none written down.</source>
        <translation>No problems found by the rules, none written down.</translation>
    </message>
    <message>
        <source>Proposed by the rules; not yet saved for this week.</source>
        <translation>Proposed by the rules; not yet saved for this week.</translation>
    </message>
    <message>
        <source>Ideas to test</source>
        <translation>Ideas to test</translation>
    </message>
    <message>
        <source>No ideas yet.</source>
        <translation>No ideas yet.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>No deal was won this week</source>
        <translation>No deal was won this week</translation>
    </message>
    <message>
        <source>Every week starts from zero: the leads in work now are next week&apos;s best deal.</source>
        <translation>Every week starts from zero: the leads in work now are next week&apos;s best deal.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Deal cycle</source>
        <translation>Deal cycle</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>4-week average</source>
        <translation>4-week average</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Top rejection reasons</source>
        <translation>Top rejection reasons</translation>
    </message>
    <message>
        <source>Six weeks</source>
        <translation>Six weeks</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>No action items yet.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>carried over from %1</source>
        <translation>carried over from %1</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, overdue</translation>
    </message>
    <message>
        <source>Notes of the meeting</source>
        <translation>Notes of the meeting</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
</context>
<context>
    <name>LeadPact::MeetingSession</name>
    <message>
        <source>Problem of %2: %1</source>
        <extracomment>the lead list&apos;s filter description: %1 is the problem&apos;s text, %2 the ISO week</extracomment>
        <translation>Problem of %2: %1</translation>
    </message>
</context>
<context>
    <name>LeadPact::MeetingWindow</name>
    <message>
        <source>LeadPact — weekly meeting</source>
        <translation>LeadPact — weekly meeting</translation>
    </message>
    <message>
        <source>The week the meeting reviews</source>
        <translation>The week the meeting reviews</translation>
    </message>
    <message>
        <source>Previous slide (Left, PgUp)</source>
        <translation>Previous slide (Left, PgUp)</translation>
    </message>
    <message>
        <source>Next slide (Right, PgDn)</source>
        <translation>Next slide (Right, PgDn)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the meeting as PDF (Ctrl+E)</source>
        <translation>Save the meeting as PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the meeting (Ctrl+P)</source>
        <translation>Print the meeting (Ctrl+P)</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Leave the meeting (Esc)</source>
        <translation>Leave the meeting (Esc)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>the slide counter: slide %1 of %2</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>meeting-%1.pdf</source>
        <translation>meeting-%1.pdf</translation>
    </message>
    <message>
        <source>Save the meeting as PDF</source>
        <translation>Save the meeting as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Weekly meeting %1</source>
        <translation>Weekly meeting %1</translation>
    </message>
</context>
<context>
    <name>LeadPact::MetricsTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Click to list these leads</source>
        <translation>Click to list these leads</translation>
    </message>
</context>
<context>
    <name>LeadPact::NotesSlide</name>
    <message>
        <source>Add a problem</source>
        <translation>Add a problem</translation>
    </message>
    <message>
        <source>Add an idea</source>
        <translation>Add an idea</translation>
    </message>
    <message>
        <source>What hurt sales or marketing this week</source>
        <translation>What hurt sales or marketing this week</translation>
    </message>
    <message>
        <source>A channel, an offer or a segment to try</source>
        <translation>A channel, an offer or a segment to try</translation>
    </message>
    <message>
        <source>The number behind it</source>
        <translation>The number behind it</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Top 3 problems</source>
        <translation>Top 3 problems</translation>
    </message>
    <message>
        <source>Ideas to test</source>
        <translation>Ideas to test</translation>
    </message>
    <message>
        <source>Computing the week&apos;s numbers: the rules&apos; problems follow…</source>
        <translation>Computing the week&apos;s numbers: the rules&apos; problems follow…</translation>
    </message>
    <message>
        <source>No problems found by the rules, none written down.</source>
        <translation>No problems found by the rules, none written down.</translation>
    </message>
    <message>
        <source>No ideas yet.</source>
        <translation>No ideas yet.</translation>
    </message>
    <message>
        <source>Proposed by the rules; not yet saved for this week.</source>
        <translation>Proposed by the rules; not yet saved for this week.</translation>
    </message>
    <message>
        <source>Show leads</source>
        <translation>Show leads</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <source>Anything the meeting wants to remember</source>
        <translation>Anything the meeting wants to remember</translation>
    </message>
    <message>
        <source>Notes of the meeting</source>
        <translation>Notes of the meeting</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
</context>
<context>
    <name>LeadPact::PagePainter</name>
    <message>
        <source>Could not start drawing the pages.</source>
        <translation>Could not start drawing the pages.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>LeadPact::QualifySection</name>
    <message>
        <source>&amp;Need confirmed</source>
        <translation>&amp;Need confirmed</translation>
    </message>
    <message>
        <source>&amp;Budget confirmed</source>
        <translation>&amp;Budget confirmed</translation>
    </message>
    <message>
        <source>&amp;Decision-maker confirmed</source>
        <translation>&amp;Decision-maker confirmed</translation>
    </message>
    <message>
        <source>optional, e.g. 150 000</source>
        <translation>optional, e.g. 150 000</translation>
    </message>
    <message>
        <source>SQL checklist:</source>
        <translation>SQL checklist:</translation>
    </message>
    <message>
        <source>E&amp;xpected amount:</source>
        <translation>E&amp;xpected amount:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>The expected amount &quot;%1&quot; is not a number.</source>
        <translation>The expected amount &quot;%1&quot; is not a number.</translation>
    </message>
</context>
<context>
    <name>LeadPact::QueueView</name>
    <message>
        <source>Lead queue</source>
        <translation>Lead queue</translation>
    </message>
</context>
<context>
    <name>LeadPact::ReasonPicker</name>
    <message>
        <source>Type to search reasons</source>
        <translation>Type to search reasons</translation>
    </message>
</context>
<context>
    <name>LeadPact::ReasonSection</name>
    <message>
        <source>&amp;Rejection reason:</source>
        <translation>&amp;Rejection reason:</translation>
    </message>
    <message>
        <source>&amp;Loss reason:</source>
        <translation>&amp;Loss reason:</translation>
    </message>
    <message>
        <source>&amp;Comment (required for this reason):</source>
        <translation>&amp;Comment (required for this reason):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Choose a reason in the list.</source>
        <translation>Choose a reason in the list.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; needs a comment as proof: type it in the box.</source>
        <translation>The reason &quot;%1&quot; needs a comment as proof: type it in the box.</translation>
    </message>
</context>
<context>
    <name>LeadPact::ReasonTableModel</name>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Russian title</source>
        <translation>Russian title</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>English title</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
</context>
<context>
    <name>LeadPact::ReassignDialog</name>
    <message>
        <source>lead %1</source>
        <translation>lead %1</translation>
    </message>
    <message>
        <source>Reassign — %1</source>
        <translation>Reassign — %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>user %1</translation>
    </message>
    <message>
        <source>%1 (current owner, not available)</source>
        <translation>%1 (current owner, not available)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>&amp;Reassign</translation>
    </message>
</context>
<context>
    <name>LeadPact::ReviewSection</name>
    <message>
        <source>Rejection reason:</source>
        <translation>Rejection reason:</translation>
    </message>
    <message>
        <source>Manager&apos;s comment:</source>
        <translation>Manager&apos;s comment:</translation>
    </message>
    <message>
        <source>Marketing&apos;s dispute:</source>
        <translation>Marketing&apos;s dispute:</translation>
    </message>
    <message>
        <source>&amp;Why is the lead a target one (required):</source>
        <translation>&amp;Why is the lead a target one (required):</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Comment (optional):</translation>
    </message>
</context>
<context>
    <name>LeadPact::SettingsDialog</name>
    <message>
        <source>Team settings</source>
        <translation>Team settings</translation>
    </message>
    <message>
        <source>&amp;SLA policy</source>
        <translation>&amp;SLA policy</translation>
    </message>
    <message>
        <source>&amp;Lead distribution</source>
        <translation>&amp;Lead distribution</translation>
    </message>
</context>
<context>
    <name>LeadPact::SlaChart</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
</context>
<context>
    <name>LeadPact::SlaPolicyPage</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;First contact within:</source>
        <translation>&amp;First contact within:</translation>
    </message>
    <message>
        <source>&amp;Due soon when left:</source>
        <translation>&amp;Due soon when left:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>Minutes count in working time only. A change applies to leads arriving after it; deadlines already given stay as they are.</source>
        <translation>Minutes count in working time only. A change applies to leads arriving after it; deadlines already given stay as they are.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
</context>
<context>
    <name>LeadPact::SpendDialog</name>
    <message>
        <source>Marketing spend, %1</source>
        <translation>Marketing spend, %1</translation>
    </message>
    <message>
        <source>Spend per channel and month in %1. Leave a cell empty when nothing was entered; 0 means nothing was spent.</source>
        <translation>Spend per channel and month in %1. Leave a cell empty when nothing was entered; 0 means nothing was spent.</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not an amount.</source>
        <translation>%1, %2: &quot;%3&quot; is not an amount.</translation>
    </message>
</context>
<context>
    <name>LeadPact::TimelineModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Received (%1)</source>
        <translation>Received (%1)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Reassigned: %1 → %2</source>
        <translation>Reassigned: %1 → %2</translation>
    </message>
    <message>
        <source>Undone: the previous change</source>
        <translation>Undone: the previous change</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Data edited: %1</source>
        <translation>Data edited: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>User #%1</translation>
    </message>
    <message>
        <source>Reason #%1</source>
        <translation>Reason #%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>LeadPact::TransitionDialog</name>
    <message>
        <source>lead %1</source>
        <translation>lead %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
</context>
<context>
    <name>LeadPact::WonSection</name>
    <message>
        <source>e.g. 150 000,00</source>
        <translation>e.g. 150 000,00</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>C&amp;urrency:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Paid on:</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not a number.</source>
        <translation>The amount &quot;%1&quot; is not a number.</translation>
    </message>
</context>
<context>
    <name>LeadPact::WorkHoursEdit</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>%1: start</source>
        <translation>%1: start</translation>
    </message>
    <message>
        <source>%1: end</source>
        <translation>%1: end</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>Incomplete minimum data, missing: %1</source>
        <translation>Incomplete minimum data, missing: %1</translation>
    </message>
    <message>
        <source>A user with the role &quot;%1&quot; may not reassign leads (user %2).</source>
        <translation>A user with the role &quot;%1&quot; may not reassign leads (user %2).</translation>
    </message>
    <message>
        <source>Lead %1 can only be given to an active sales manager (field &quot;owner&quot;).</source>
        <translation>Lead %1 can only be given to an active sales manager (field &quot;owner&quot;).</translation>
    </message>
    <message>
        <source>There is no change with id %1 to undo.</source>
        <translation>There is no change with id %1 to undo.</translation>
    </message>
    <message>
        <source>Only a status change or a reassignment can be undone.</source>
        <translation>Only a status change or a reassignment can be undone.</translation>
    </message>
    <message>
        <source>Only the author of a change may undo it (user %1).</source>
        <translation>Only the author of a change may undo it (user %1).</translation>
    </message>
    <message numerus="yes">
        <source>A change can be undone within %n second(s) only.</source>
        <translation>
            <numerusform>A change can be undone within %n second only.</numerusform>
            <numerusform>A change can be undone within %n seconds only.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1 has changed since; this change can no longer be undone.</source>
        <translation>Lead %1 has changed since; this change can no longer be undone.</translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>In work</translation>
    </message>
    <message>
        <source>Qualified (SQL)</source>
        <translation>Qualified (SQL)</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
</context>
<context>
    <name>LeadWorkflow</name>
    <message>
        <source>A lead cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>A lead cannot go from &quot;%1&quot; to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A rejection needs a reason from the catalog (field &quot;reason&quot;). Active reasons: %1.</source>
        <translation>A rejection needs a reason from the catalog (field &quot;reason&quot;). Active reasons: %1.</translation>
    </message>
    <message>
        <source>A lost deal needs a loss reason from the catalog (field &quot;reason&quot;). Active reasons: %1.</source>
        <translation>A lost deal needs a loss reason from the catalog (field &quot;reason&quot;). Active reasons: %1.</translation>
    </message>
    <message>
        <source>Reason &quot;%1&quot; is not in the catalog (field &quot;reason&quot;). Active reasons: %2.</source>
        <translation>Reason &quot;%1&quot; is not in the catalog (field &quot;reason&quot;). Active reasons: %2.</translation>
    </message>
    <message>
        <source>Reason &quot;%1&quot; is archived and cannot be chosen any more (field &quot;reason&quot;).</source>
        <translation>Reason &quot;%1&quot; is archived and cannot be chosen any more (field &quot;reason&quot;).</translation>
    </message>
    <message>
        <source>Reason &quot;%1&quot; requires a comment as proof (field &quot;comment&quot;).</source>
        <translation>Reason &quot;%1&quot; requires a comment as proof (field &quot;comment&quot;).</translation>
    </message>
    <message>
        <source>The contact time is missing (field &quot;contact_at&quot;).</source>
        <translation>The contact time is missing (field &quot;contact_at&quot;).</translation>
    </message>
    <message>
        <source>The contact time %1 is before the lead arrived at %2 (field &quot;contact_at&quot;).</source>
        <translation>The contact time %1 is before the lead arrived at %2 (field &quot;contact_at&quot;).</translation>
    </message>
    <message>
        <source>The contact time %1 is in the future (field &quot;contact_at&quot;).</source>
        <translation>The contact time %1 is in the future (field &quot;contact_at&quot;).</translation>
    </message>
    <message>
        <source>need</source>
        <translation>need</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>decision-maker</source>
        <translation>decision-maker</translation>
    </message>
    <message>
        <source>A lead becomes SQL only when need, budget and decision-maker are all confirmed; not confirmed: %1.</source>
        <translation>A lead becomes SQL only when need, budget and decision-maker are all confirmed; not confirmed: %1.</translation>
    </message>
    <message>
        <source>The expected amount cannot be negative (field &quot;amount&quot;).</source>
        <translation>The expected amount cannot be negative (field &quot;amount&quot;).</translation>
    </message>
    <message>
        <source>A dispute must say why the lead is a target one (field &quot;comment&quot;).</source>
        <translation>A dispute must say why the lead is a target one (field &quot;comment&quot;).</translation>
    </message>
    <message>
        <source>A won deal needs a positive amount (field &quot;amount&quot;).</source>
        <translation>A won deal needs a positive amount (field &quot;amount&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter ISO 4217 currency code (field &quot;currency&quot;).</source>
        <translation>&quot;%1&quot; is not a three-letter ISO 4217 currency code (field &quot;currency&quot;).</translation>
    </message>
    <message>
        <source>A won deal needs its payment date (field &quot;paid_on&quot;).</source>
        <translation>A won deal needs its payment date (field &quot;paid_on&quot;).</translation>
    </message>
    <message>
        <source>The payment date %1 is before the lead arrived (field &quot;paid_on&quot;).</source>
        <translation>The payment date %1 is before the lead arrived (field &quot;paid_on&quot;).</translation>
    </message>
    <message>
        <source>The payment date %1 is in the future (field &quot;paid_on&quot;).</source>
        <translation>The payment date %1 is in the future (field &quot;paid_on&quot;).</translation>
    </message>
    <message>
        <source>The lead is already &quot;%1&quot;.</source>
        <translation>The lead is already &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>MeetingFormat</name>
    <message>
        <source>%1 pp</source>
        <extracomment>percentage points</extracomment>
        <translation>%1 pp</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>read the meeting notes</source>
        <translation>read the meeting notes</translation>
    </message>
    <message>
        <source>save a meeting note</source>
        <translation>save a meeting note</translation>
    </message>
    <message>
        <source>remove a meeting note</source>
        <translation>remove a meeting note</translation>
    </message>
    <message>
        <source>read the action items</source>
        <translation>read the action items</translation>
    </message>
    <message>
        <source>save an action item</source>
        <translation>save an action item</translation>
    </message>
    <message>
        <source>record a meeting change</source>
        <translation>record a meeting change</translation>
    </message>
    <message>
        <source>read the meeting log</source>
        <translation>read the meeting log</translation>
    </message>
</context>
<context>
    <name>MeetingService</name>
    <message>
        <source>Only the head of sales, marketing or an administrator may edit the meeting notes (user %1 is &quot;%2&quot;).</source>
        <translation>Only the head of sales, marketing or an administrator may edit the meeting notes (user %1 is &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>There is no meeting note %1.</source>
        <translation>There is no meeting note %1.</translation>
    </message>
    <message>
        <source>There is no action item %1.</source>
        <translation>There is no action item %1.</translation>
    </message>
    <message>
        <source>The text is empty (field &quot;%1&quot;).</source>
        <translation>The text is empty (field &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The text is %1 characters long; at most %2 fit (field &quot;%3&quot;).</source>
        <translation>The text is %1 characters long; at most %2 fit (field &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>No meeting week was given (field &quot;week&quot;).</source>
        <translation>No meeting week was given (field &quot;week&quot;).</translation>
    </message>
    <message>
        <source>Action item %1 was agreed in %2 and cannot be closed in an earlier week (%3).</source>
        <translation>Action item %1 was agreed in %2 and cannot be closed in an earlier week (%3).</translation>
    </message>
</context>
<context>
    <name>MeetingSnapshot</name>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>user %1</translation>
    </message>
    <message>
        <source>Week %1 (%2 – %3)</source>
        <extracomment>%1 is an ISO week (&quot;2026-W47&quot;), %2 and %3 its Monday and Sunday</extracomment>
        <translation>Week %1 (%2 – %3)</translation>
    </message>
</context>
<context>
    <name>MetricsQuery</name>
    <message>
        <source>A period needs both its first and its last day (fields &quot;from&quot; and &quot;to&quot;).</source>
        <translation>A period needs both its first and its last day (fields &quot;from&quot; and &quot;to&quot;).</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2 (fields &quot;from&quot; and &quot;to&quot;).</source>
        <translation>The period ends on %1, before it starts on %2 (fields &quot;from&quot; and &quot;to&quot;).</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database %1 has schema version %2, newer than this LeadPact knows (%3). Update LeadPact.</source>
        <translation>The database %1 has schema version %2, newer than this LeadPact knows (%3). Update LeadPact.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 and needs version %3; open it for writing once to migrate it (leadpact-cli init).</source>
        <translation>The database %1 has schema version %2 and needs version %3; open it for writing once to migrate it (leadpact-cli init).</translation>
    </message>
    <message>
        <source>Migration to schema version %1 (%2) failed and was rolled back; the database stays at version %3: %4</source>
        <translation>Migration to schema version %1 (%2) failed and was rolled back; the database stays at version %3: %4</translation>
    </message>
    <message>
        <source>%1 is not a LeadPact database yet; create it with leadpact-cli init.</source>
        <translation>%1 is not a LeadPact database yet; create it with leadpact-cli init.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, this LeadPact needs %3; run leadpact-cli init to migrate it.</source>
        <translation>The database %1 has schema version %2, this LeadPact needs %3; run leadpact-cli init to migrate it.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>User %1 is deactivated and may not change leads.</source>
        <translation>User %1 is deactivated and may not change leads.</translation>
    </message>
    <message>
        <source>A user with the role &quot;%1&quot; may not perform &quot;%2&quot; (user %3).</source>
        <translation>A user with the role &quot;%1&quot; may not perform &quot;%2&quot; (user %3).</translation>
    </message>
    <message>
        <source>Lead %1 belongs to another manager; %2 may not perform &quot;%3&quot; on it.</source>
        <translation>Lead %1 belongs to another manager; %2 may not perform &quot;%3&quot; on it.</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>&quot;%1&quot; is not a valid phone number.</source>
        <translation>&quot;%1&quot; is not a valid phone number.</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <source>Only an administrator or the head of sales may change the SLA policy (user %1 is &quot;%2&quot;).</source>
        <translation>Only an administrator or the head of sales may change the SLA policy (user %1 is &quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>ReasonRepository</name>
    <message>
        <source>Reason code &quot;%1&quot; is not valid: use 2–64 lowercase Latin letters, digits and underscores, starting with a letter (field &quot;code&quot;).</source>
        <translation>Reason code &quot;%1&quot; is not valid: use 2–64 lowercase Latin letters, digits and underscores, starting with a letter (field &quot;code&quot;).</translation>
    </message>
    <message>
        <source>Reason &quot;%1&quot; needs both a Russian and an English title (fields &quot;title_ru&quot;, &quot;title_en&quot;).</source>
        <translation>Reason &quot;%1&quot; needs both a Russian and an English title (fields &quot;title_ru&quot;, &quot;title_en&quot;).</translation>
    </message>
    <message>
        <source>The %1 catalog already has a reason &quot;%2&quot;.</source>
        <translation>The %1 catalog already has a reason &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>add reason %1</source>
        <translation>add reason %1</translation>
    </message>
    <message>
        <source>change reason %1</source>
        <translation>change reason %1</translation>
    </message>
    <message>
        <source>The %1 catalog has no reason &quot;%2&quot;. Known: %3.</source>
        <translation>The %1 catalog has no reason &quot;%2&quot;. Known: %3.</translation>
    </message>
    <message>
        <source>Reason &quot;%1&quot; needs both a Russian and an English title.</source>
        <translation>Reason &quot;%1&quot; needs both a Russian and an English title.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Sales manager</source>
        <translation>Sales manager</translation>
    </message>
    <message>
        <source>Head of sales</source>
        <translation>Head of sales</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SlaDisplay</name>
    <message>
        <source>%1 d %2:%3:%4</source>
        <extracomment>A duration of days and h:mm:ss, e.g. &quot;2 d 3:04:05&quot;</extracomment>
        <translation>%1 d %2:%3:%4</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>SLA countdown: time left to the first-contact deadline</extracomment>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <extracomment>SLA countdown: time since the first-contact deadline passed</extracomment>
        <translation>overdue %1</translation>
    </message>
    <message>
        <source>met</source>
        <extracomment>SLA: the first contact was made in time</extracomment>
        <translation>met</translation>
    </message>
    <message>
        <source>missed</source>
        <extracomment>SLA: the first contact was made after the deadline</extracomment>
        <translation>missed</translation>
    </message>
    <message>
        <source>time unknown</source>
        <extracomment>SLA: answered, but the other CRM the lead was imported from did not record when</extracomment>
        <translation>time unknown</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>The first-contact target must be 1 minute to 7 days (field &quot;first_contact_minutes&quot;).</source>
        <translation>The first-contact target must be 1 minute to 7 days (field &quot;first_contact_minutes&quot;).</translation>
    </message>
    <message>
        <source>The due-soon warning must be shorter than the first-contact target (field &quot;due_soon_minutes&quot;).</source>
        <translation>The due-soon warning must be shorter than the first-contact target (field &quot;due_soon_minutes&quot;).</translation>
    </message>
</context>
<context>
    <name>SlaState</name>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation>Time unknown</translation>
    </message>
</context>
<context>
    <name>SpendService</name>
    <message>
        <source>Only marketing, the head of sales or an administrator may enter marketing spend (user %1 is &quot;%2&quot;).</source>
        <translation>Only marketing, the head of sales or an administrator may enter marketing spend (user %1 is &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The spend needs a channel (field &quot;channel&quot;).</source>
        <translation>The spend needs a channel (field &quot;channel&quot;).</translation>
    </message>
    <message>
        <source>The spend needs a month (field &quot;month&quot;).</source>
        <translation>The spend needs a month (field &quot;month&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter ISO 4217 currency code (field &quot;currency&quot;).</source>
        <translation>&quot;%1&quot; is not a three-letter ISO 4217 currency code (field &quot;currency&quot;).</translation>
    </message>
    <message>
        <source>The spend cannot be negative (field &quot;amount&quot;).</source>
        <translation>The spend cannot be negative (field &quot;amount&quot;).</translation>
    </message>
    <message>
        <source>There is no spend of %1 in %2 (%3) to remove.</source>
        <translation>There is no spend of %1 in %2 (%3) to remove.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>record the history of lead %1</source>
        <translation>record the history of lead %1</translation>
    </message>
    <message>
        <source>read the history of lead %1</source>
        <translation>read the history of lead %1</translation>
    </message>
    <message>
        <source>read event %1</source>
        <translation>read event %1</translation>
    </message>
    <message>
        <source>store the lead from %1 (%2)</source>
        <translation>store the lead from %1 (%2)</translation>
    </message>
    <message>
        <source>update lead %1</source>
        <translation>update lead %1</translation>
    </message>
    <message>
        <source>Lead %1 was changed by someone else in the meantime; reload it and try again.</source>
        <translation>Lead %1 was changed by someone else in the meantime; reload it and try again.</translation>
    </message>
    <message>
        <source>read lead %1</source>
        <translation>read lead %1</translation>
    </message>
    <message>
        <source>There is no lead with id %1.</source>
        <translation>There is no lead with id %1.</translation>
    </message>
    <message>
        <source>find lead %1</source>
        <translation>find lead %1</translation>
    </message>
    <message>
        <source>list leads</source>
        <translation>list leads</translation>
    </message>
    <message>
        <source>count leads</source>
        <translation>count leads</translation>
    </message>
    <message>
        <source>read the setting %1</source>
        <translation>read the setting %1</translation>
    </message>
    <message>
        <source>save the setting %1</source>
        <translation>save the setting %1</translation>
    </message>
    <message>
        <source>The database refused a statement: %1 (SQL: %2)</source>
        <translation>The database refused a statement: %1 (SQL: %2)</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Could not %1: %2</translation>
    </message>
    <message>
        <source>Could not %1: the database is closed.</source>
        <translation>Could not %1: the database is closed.</translation>
    </message>
    <message>
        <source>The database %1 is open read-only.</source>
        <translation>The database %1 is open read-only.</translation>
    </message>
    <message>
        <source>A bulk load must run inside a write transaction.</source>
        <translation>A bulk load must run inside a write transaction.</translation>
    </message>
    <message>
        <source>read the indexes of %1</source>
        <translation>read the indexes of %1</translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation>record the schema version</translation>
    </message>
    <message>
        <source>seed the reason catalog</source>
        <translation>seed the reason catalog</translation>
    </message>
    <message>
        <source>fill the search key</source>
        <translation>fill the search key</translation>
    </message>
    <message>
        <source>look for duplicates of %1</source>
        <translation>look for duplicates of %1</translation>
    </message>
    <message>
        <source>compute the metrics</source>
        <translation>compute the metrics</translation>
    </message>
    <message>
        <source>count the funnel</source>
        <translation>count the funnel</translation>
    </message>
    <message>
        <source>count first-contact times</source>
        <translation>count first-contact times</translation>
    </message>
    <message>
        <source>count rejections</source>
        <translation>count rejections</translation>
    </message>
    <message>
        <source>sum the deals</source>
        <translation>sum the deals</translation>
    </message>
    <message>
        <source>search leads</source>
        <translation>search leads</translation>
    </message>
    <message>
        <source>fill the first-contact time</source>
        <translation>fill the first-contact time</translation>
    </message>
    <message>
        <source>read the definition of %1</source>
        <translation>read the definition of %1</translation>
    </message>
    <message>
        <source>The table %1 does not have the expected constraint &quot;%2&quot;; it cannot be rebuilt.</source>
        <translation>The table %1 does not have the expected constraint &quot;%2&quot;; it cannot be rebuilt.</translation>
    </message>
    <message>
        <source>Rebuilding the table %1 changed its indexes or triggers.</source>
        <translation>Rebuilding the table %1 changed its indexes or triggers.</translation>
    </message>
    <message>
        <source>Rebuilding the table %1 broke a reference: row %2 of %3 points to a missing %4 row.</source>
        <translation>Rebuilding the table %1 broke a reference: row %2 of %3 points to a missing %4 row.</translation>
    </message>
    <message>
        <source>index the leads for search</source>
        <translation>index the leads for search</translation>
    </message>
    <message>
        <source>store the spend of %1 in %2</source>
        <translation>store the spend of %1 in %2</translation>
    </message>
    <message>
        <source>remove the spend of %1 in %2</source>
        <translation>remove the spend of %1 in %2</translation>
    </message>
    <message>
        <source>read marketing spend</source>
        <translation>read marketing spend</translation>
    </message>
    <message>
        <source>read the values campaigns are matched by</source>
        <translation>read the values campaigns are matched by</translation>
    </message>
    <message>
        <source>note a campaign key</source>
        <translation>note a campaign key</translation>
    </message>
    <message>
        <source>match leads to campaigns</source>
        <translation>match leads to campaigns</translation>
    </message>
    <message>
        <source>record the campaign attribution</source>
        <translation>record the campaign attribution</translation>
    </message>
    <message>
        <source>record the campaign rename</source>
        <translation>record the campaign rename</translation>
    </message>
    <message>
        <source>relabel the campaign&apos;s leads</source>
        <translation>relabel the campaign&apos;s leads</translation>
    </message>
    <message>
        <source>add the campaign &quot;%1&quot;</source>
        <translation>add the campaign &quot;%1&quot;</translation>
    </message>
    <message>
        <source>change the campaign &quot;%1&quot;</source>
        <translation>change the campaign &quot;%1&quot;</translation>
    </message>
    <message>
        <source>record a change of campaign %1</source>
        <translation>record a change of campaign %1</translation>
    </message>
    <message>
        <source>read campaign %1</source>
        <translation>read campaign %1</translation>
    </message>
    <message>
        <source>find the campaign &quot;%1&quot;</source>
        <translation>find the campaign &quot;%1&quot;</translation>
    </message>
    <message>
        <source>find the promo code &quot;%1&quot;</source>
        <translation>find the promo code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>read the log of campaign %1</source>
        <translation>read the log of campaign %1</translation>
    </message>
    <message>
        <source>Stopped before saving: nothing was changed.</source>
        <translation>Stopped before saving: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Login &quot;%1&quot; is not valid: use 2–64 lowercase letters, digits, dots, dashes or underscores (field &quot;login&quot;).</source>
        <translation>Login &quot;%1&quot; is not valid: use 2–64 lowercase letters, digits, dots, dashes or underscores (field &quot;login&quot;).</translation>
    </message>
    <message>
        <source>Login &quot;%1&quot; is already taken.</source>
        <translation>Login &quot;%1&quot; is already taken.</translation>
    </message>
    <message>
        <source>add user %1</source>
        <translation>add user %1</translation>
    </message>
    <message>
        <source>find user %1</source>
        <translation>find user %1</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;. Known users: %2.</source>
        <translation>There is no user &quot;%1&quot;. Known users: %2.</translation>
    </message>
    <message>
        <source>change user %1</source>
        <translation>change user %1</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>There is no user with id %1.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Only an administrator or the head of sales may manage users (user %1 is &quot;%2&quot;).</source>
        <translation>Only an administrator or the head of sales may manage users (user %1 is &quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>WeekReview</name>
    <message>
        <source>find the best deal of the week</source>
        <translation>find the best deal of the week</translation>
    </message>
    <message>
        <source>count the week&apos;s unanswered and rejected leads</source>
        <translation>count the week&apos;s unanswered and rejected leads</translation>
    </message>
    <message>
        <source>count the deals won in the week</source>
        <translation>count the deals won in the week</translation>
    </message>
    <message>
        <source>Leads received</source>
        <translation>Leads received</translation>
    </message>
    <message>
        <source>Leads processed</source>
        <translation>Leads processed</translation>
    </message>
    <message>
        <source>MQL → SQL conversion</source>
        <translation>MQL → SQL conversion</translation>
    </message>
    <message>
        <source>First contact within the SLA</source>
        <translation>First contact within the SLA</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Rejections</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Deals won</translation>
    </message>
    <message>
        <source>Revenue, %1</source>
        <translation>Revenue, %1</translation>
    </message>
    <message>
        <source>%1 answers new leads too late: %2 % within the SLA (target %3 %)</source>
        <translation>%1 answers new leads too late: %2 % within the SLA (target %3 %)</translation>
    </message>
    <message>
        <source>%1 of %2 leads answered within the SLA</source>
        <translation>%1 of %2 leads answered within the SLA</translation>
    </message>
    <message>
        <source>More leads from &quot;%1&quot; are rejected: %2 % of them, up from %3 %</source>
        <translation>More leads from &quot;%1&quot; are rejected: %2 % of them, up from %3 %</translation>
    </message>
    <message>
        <source>%1 of %2 leads rejected (+%3 points)</source>
        <translation>%1 of %2 leads rejected (+%3 points)</translation>
    </message>
    <message>
        <source>Rejections for &quot;%1&quot; grew: %2 leads, %3 the week before</source>
        <translation>Rejections for &quot;%1&quot; grew: %2 leads, %3 the week before</translation>
    </message>
    <message>
        <source>+%1 rejections</source>
        <translation>+%1 rejections</translation>
    </message>
    <message numerus="yes">
        <source>Leads left untouched for over %n hour(s)</source>
        <translation>
            <numerusform>Leads left untouched for over %n hour</numerusform>
            <numerusform>Leads left untouched for over %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) still waiting for a first contact</source>
        <translation>
            <numerusform>%n lead still waiting for a first contact</numerusform>
            <numerusform>%n leads still waiting for a first contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>The time zone of the work calendar is not valid.</source>
        <translation>The time zone of the work calendar is not valid.</translation>
    </message>
    <message>
        <source>Working hours on %1 must end after they start (field &quot;%2&quot;).</source>
        <translation>Working hours on %1 must end after they start (field &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The work calendar needs at least one working day.</source>
        <translation>The work calendar needs at least one working day.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (field &quot;time_zone&quot;).</source>
        <translation>Unknown time zone &quot;%1&quot; (field &quot;time_zone&quot;).</translation>
    </message>
    <message>
        <source>Working hours must look like [&quot;09:00&quot;, &quot;18:00&quot;] (field &quot;hours.%1&quot;).</source>
        <translation>Working hours must look like [&quot;09:00&quot;, &quot;18:00&quot;] (field &quot;hours.%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-01-07 (field &quot;holidays&quot;).</source>
        <translation>&quot;%1&quot; is not a date like 2026-01-07 (field &quot;holidays&quot;).</translation>
    </message>
</context>
<context>
    <name>XlsxFile</name>
    <message>
        <source>Could not write the workbook %1: the folder %2 does not exist.</source>
        <translation>Could not write the workbook %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Could not create the workbook %1.</source>
        <translation>Could not create the workbook %1.</translation>
    </message>
    <message>
        <source>Could not write the workbook %1: %2.</source>
        <translation>Could not write the workbook %1: %2.</translation>
    </message>
    <message>
        <source>Could not add the sheet &quot;%1&quot; to the workbook %2.</source>
        <translation>Could not add the sheet &quot;%1&quot; to the workbook %2.</translation>
    </message>
    <message>
        <source>Could not write the workbook %1.</source>
        <translation>Could not write the workbook %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadPact cannot start</source>
        <translation>LeadPact cannot start</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>LeadPact: the SLA between marketing and sales, enforced.</source>
        <translation>LeadPact: the SLA between marketing and sales, enforced.</translation>
    </message>
    <message>
        <source>The SQLite database file (default: $LEADPACT_DB or the user&apos;s data folder).</source>
        <translation>The SQLite database file (default: $LEADPACT_DB or the user&apos;s data folder).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Ignored.</source>
        <translation>Ignored.</translation>
    </message>
    <message>
        <source>The database has no active users. Add one with &quot;leadpact-cli users add&quot;.</source>
        <translation>The database has no active users. Add one with &quot;leadpact-cli users add&quot;.</translation>
    </message>
</context>
</TS>
