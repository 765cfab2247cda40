<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionStatus</name>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Отменена</translation>
    </message>
</context>
<context>
    <name>CampaignAttributor</name>
    <message>
        <source>Attributed to the campaign by its promo code</source>
        <translation>Отнесён к кампании по промокоду</translation>
    </message>
    <message>
        <source>Attributed to the campaign by its landing page</source>
        <translation>Отнесён к кампании по лендингу</translation>
    </message>
    <message>
        <source>Attributed to the campaign by its utm_campaign</source>
        <translation>Отнесён к кампании по utm_campaign</translation>
    </message>
    <message>
        <source>The campaign was renamed in the registry</source>
        <translation>Кампания переименована в реестре</translation>
    </message>
</context>
<context>
    <name>CampaignSchedule</name>
    <message>
        <source>%1 (promo code %2)</source>
        <translation>%1 (промокод %2)</translation>
    </message>
    <message numerus="yes">
        <source>Campaign starts in %n day(s): %1</source>
        <translation>
            <numerusform>Кампания стартует через %n день: %1</numerusform>
            <numerusform>Кампания стартует через %n дня: %1</numerusform>
            <numerusform>Кампания стартует через %n дней: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign starts today: %1</source>
        <translation>Кампания стартует сегодня: %1</translation>
    </message>
    <message numerus="yes">
        <source>Campaign started %n day(s) ago: %1</source>
        <translation>
            <numerusform>Кампания стартовала %n день назад: %1</numerusform>
            <numerusform>Кампания стартовала %n дня назад: %1</numerusform>
            <numerusform>Кампания стартовала %n дней назад: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>A user with the role &quot;%1&quot; may not edit the campaign registry (user %2); marketing, the head of sales and admin may.</source>
        <translation>Пользователь с ролью «%1» не может редактировать реестр кампаний (пользователь %2); это могут маркетинг, руководитель отдела продаж и администратор.</translation>
    </message>
    <message>
        <source>The campaign needs its name exactly as in the official documents (field &quot;name&quot;).</source>
        <translation>Укажите название кампании точно как в официальных документах (поле «Название»).</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by another campaign (field &quot;name&quot;).</source>
        <translation>Название «%1» уже занято другой кампанией (поле «Название»).</translation>
    </message>
    <message>
        <source>The promo code &quot;%1&quot; contains spaces (field &quot;promo code&quot;).</source>
        <translation>Промокод «%1» содержит пробелы (поле «Промокод»).</translation>
    </message>
    <message>
        <source>The promo code &quot;%1&quot; is taken by &quot;%2&quot; (field &quot;promo code&quot;).</source>
        <translation>Промокод «%1» уже занят кампанией «%2» (поле «Промокод»).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; give the landing link as https://… (field &quot;landing link&quot;).</source>
        <translation>«%1» — не веб-адрес; укажите ссылку на лендинг в виде https://… (поле «Ссылка на лендинг»).</translation>
    </message>
    <message>
        <source>The campaign ends (%1) before it starts (%2) (field &quot;ends&quot;).</source>
        <translation>Кампания заканчивается (%1) раньше, чем начинается (%2) (поле «Окончание»).</translation>
    </message>
    <message>
        <source>A campaign with an end or activation dates needs its start date (field &quot;starts&quot;).</source>
        <translation>Если указаны дата окончания или даты активации, нужна и дата начала кампании (поле «Начало»).</translation>
    </message>
    <message>
        <source>Activation cannot begin (%1) before the campaign starts (%2) (field &quot;activation from&quot;).</source>
        <translation>Активация не может начаться (%1) раньше старта кампании (%2) (поле «Активация с»).</translation>
    </message>
    <message>
        <source>Activation ends (%1) before it begins (%2) (field &quot;activation until&quot;).</source>
        <translation>Активация заканчивается (%1) раньше, чем начинается (%2) (поле «Активация по»).</translation>
    </message>
    <message>
        <source>Document link %1 (&quot;%2&quot;) is not an address (field &quot;documents&quot;).</source>
        <translation>Ссылка на документ %1 («%2») — не адрес (поле «Внутренние документы»).</translation>
    </message>
    <message>
        <source>The person responsible must be an active user (field &quot;owner&quot;).</source>
        <translation>Ответственным может быть только активный пользователь (поле «Ответственный»).</translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>Кампания с id %1 не найдена.</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>Only an administrator or the head of sales may edit the reason catalog (user %1 is &quot;%2&quot;).</source>
        <translation>Редактировать каталог причин может только администратор или руководитель отдела продаж (пользователь %1 — «%2»).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--kind must be rejection or loss, not &quot;%1&quot;.</source>
        <translation>Значение --kind должно быть rejection или loss, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2).</source>
        <translation>%1: схема актуальна (версия %2).</translation>
    </message>
    <message>
        <source>%1: schema version %2 -&gt; %3.</source>
        <translation>%1: версия схемы %2 -&gt; %3.</translation>
    </message>
    <message>
        <source>Backup of the previous version: %1</source>
        <translation>Резервная копия предыдущей версии: %1</translation>
    </message>
    <message>
        <source>Catalog: rejection (default) or loss.</source>
        <translation>Каталог: rejection (по умолчанию) или loss.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>Include archived reasons.</source>
        <translation>Показывать и архивные причины.</translation>
    </message>
    <message>
        <source>Russian title.</source>
        <translation>Название на русском.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>English title.</source>
        <translation>Название на английском.</translation>
    </message>
    <message>
        <source>The reason needs a comment as proof.</source>
        <translation>Для причины нужен комментарий с подтверждением.</translation>
    </message>
    <message>
        <source>Added reason %1.</source>
        <translation>Причина %1 добавлена.</translation>
    </message>
    <message>
        <source>Archived reason %1.</source>
        <translation>Причина %1 перенесена в архив.</translation>
    </message>
    <message>
        <source>Restored reason %1.</source>
        <translation>Причина %1 восстановлена из архива.</translation>
    </message>
    <message>
        <source>Unknown command &quot;reasons %1&quot;. Use list, add, archive or unarchive.</source>
        <translation>Неизвестная команда &quot;reasons %1&quot;. Используйте list, add, archive или unarchive.</translation>
    </message>
    <message>
        <source>manager, head_of_sales, marketing or admin.</source>
        <translation>manager, head_of_sales, marketing или admin.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Отображаемое имя.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>--role must be manager, head_of_sales, marketing or admin.</source>
        <translation>Значение --role должно быть manager, head_of_sales, marketing или admin.</translation>
    </message>
    <message>
        <source>Added user %1 (%2).</source>
        <translation>Пользователь %1 добавлен (%2).</translation>
    </message>
    <message>
        <source>Unknown command &quot;users %1&quot;. Use list or add.</source>
        <translation>Неизвестная команда &quot;users %1&quot;. Используйте list или add.</translation>
    </message>
    <message>
        <source>The SQLite database file.</source>
        <translation>Файл базы данных SQLite.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Print data as JSON.</source>
        <translation>Выводить данные в формате JSON.</translation>
    </message>
    <message>
        <source>Act as this user (login).</source>
        <translation>Действовать от имени этого пользователя (логин).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Не хватает аргумента: %1.</translation>
    </message>
    <message>
        <source>Say who you are with --as LOGIN; every change of a lead is recorded with its author.</source>
        <translation>Укажите, кто вы, через --as ЛОГИН: каждое изменение лида записывается вместе с автором.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>Значение --%1 должно быть целым числом от %2 до %3, а не &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a date and time like 2026-11-23T10:15 or 2026-11-23T10:15+03:00, not &quot;%2&quot;.</source>
        <translation>Значение --%1 должно быть датой и временем вида 2026-11-23T10:15 или 2026-11-23T10:15+03:00, а не &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-11-23, not &quot;%2&quot;.</source>
        <translation>Значение --%1 должно быть датой вида 2026-11-23, а не &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>How many leads (default 20000).</source>
        <translation>Сколько лидов создать (по умолчанию 20000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>число</translation>
    </message>
    <message>
        <source>Random seed (default 42).</source>
        <translation>Начальное число генератора случайных чисел (по умолчанию 42).</translation>
    </message>
    <message>
        <source>Weeks of history (default 12).</source>
        <translation>Сколько недель истории (по умолчанию 12).</translation>
    </message>
    <message>
        <source>Last day of the data (default: up to now).</source>
        <translation>Последний день данных (по умолчанию — текущий момент).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Generated %1 leads and %2 events from %3 to %4 in %5 s: %6.</source>
        <translation>Создано лидов: %1, событий: %2 (с %3 по %4) за %5 с: %6.</translation>
    </message>
    <message>
        <source>Only these statuses (comma-separated).</source>
        <translation>Только эти статусы (через запятую).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>Only leads of this manager (login).</source>
        <translation>Только лиды этого менеджера (логин).</translation>
    </message>
    <message>
        <source>Only leads from this channel.</source>
        <translation>Только лиды из этого канала.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>Only leads that lack minimum data.</source>
        <translation>Только лиды с неполными минимальными данными.</translation>
    </message>
    <message>
        <source>At most this many leads (default 50).</source>
        <translation>Не больше указанного числа лидов (по умолчанию 50).</translation>
    </message>
    <message>
        <source>Skip this many leads.</source>
        <translation>Пропустить указанное число лидов.</translation>
    </message>
    <message>
        <source>Newest first instead of the SLA queue order.</source>
        <translation>Сначала новые, а не в порядке очереди SLA.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; (--status). Known: %2.</source>
        <translation>Неизвестный статус &quot;%1&quot; (--status). Известные: %2.</translation>
    </message>
    <message>
        <source>The lead.</source>
        <translation>ID лида.</translation>
    </message>
    <message>
        <source>The lead id must be a number.</source>
        <translation>ID лида должен быть числом.</translation>
    </message>
    <message>
        <source>Unknown lead action &quot;%1&quot;. Use one of: contact, qualify, reject, dispute, confirm, return, won, lost, show.</source>
        <translation>Неизвестное действие с лидом &quot;%1&quot;. Используйте одно из: contact, qualify, reject, dispute, confirm, return, won, lost, show.</translation>
    </message>
    <message>
        <source>Reason code from the catalog.</source>
        <translation>Код причины из каталога.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Comment (proof, dispute text).</source>
        <translation>Комментарий (подтверждение, текст возражения).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>Contact kind: call, message, email.</source>
        <translation>Вид контакта: call, message, email.</translation>
    </message>
    <message>
        <source>When the contact happened (ISO 8601).</source>
        <translation>Когда состоялся контакт (ISO 8601).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>Deal or expected amount, e.g. 1500.50.</source>
        <translation>Сумма сделки или ожидаемая сумма, например 1500.50.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>ISO 4217 currency (default RUB).</source>
        <translation>Валюта по ISO 4217 (по умолчанию RUB).</translation>
    </message>
    <message>
        <source>Payment date (YYYY-MM-DD).</source>
        <translation>Дата оплаты (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>The need is confirmed.</source>
        <translation>Потребность подтверждена.</translation>
    </message>
    <message>
        <source>The budget is confirmed.</source>
        <translation>Бюджет подтверждён.</translation>
    </message>
    <message>
        <source>The decision-maker is confirmed.</source>
        <translation>ЛПР подтверждён.</translation>
    </message>
    <message>
        <source>--kind must be call, message or email, not &quot;%1&quot;.</source>
        <translation>Значение --kind должно быть call, message или email, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--amount must be a number like 1500 or 1500.50, not &quot;%1&quot;.</source>
        <translation>Значение --amount должно быть числом вида 1500 или 1500.50, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Lead %1: %2 -&gt; %3 (by %4).</source>
        <translation>Лид %1: %2 -&gt; %3 (автор: %4).</translation>
    </message>
    <message>
        <source>No command given. Run leadpact-cli --help.</source>
        <translation>Команда не указана. Запустите leadpact-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run leadpact-cli --help.</source>
        <translation>Неизвестная команда &quot;%1&quot;. Запустите leadpact-cli --help.</translation>
    </message>
    <message>
        <source>Unknown option %1. Run leadpact-cli --help.</source>
        <translation>Неизвестный параметр %1. Запустите leadpact-cli --help.</translation>
    </message>
    <message>
        <source>The policy as JSON (as printed by policy show).</source>
        <translation>Политика в формате JSON (как её выводит policy show).</translation>
    </message>
    <message>
        <source>Unknown command &quot;policy %1&quot;. Use show or set.</source>
        <translation>Неизвестная команда &quot;policy %1&quot;. Используйте show или set.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2 at offset %3.</source>
        <translation>%1 — не объект JSON: %2 (смещение %3).</translation>
    </message>
    <message>
        <source>The SLA policy is saved; it applies to leads arriving from now on.</source>
        <translation>Политика SLA сохранена; она действует для лидов, поступающих с этого момента.</translation>
    </message>
    <message>
        <source>Distribute new leads automatically.</source>
        <translation>Распределять новые лиды автоматически.</translation>
    </message>
    <message>
        <source>Stop distributing new leads.</source>
        <translation>Прекратить распределение новых лидов.</translation>
    </message>
    <message>
        <source>Managers on duty, in rotation order (comma-separated logins).</source>
        <translation>Дежурные менеджеры в порядке очереди (логины через запятую).</translation>
    </message>
    <message>
        <source>logins</source>
        <translation>логины</translation>
    </message>
    <message>
        <source>Say --on or --off.</source>
        <translation>Укажите --on или --off.</translation>
    </message>
    <message numerus="yes">
        <source>Lead distribution is on (%n manager(s) on duty).</source>
        <translation>
            <numerusform>Распределение лидов включено (дежурит %n менеджер).</numerusform>
            <numerusform>Распределение лидов включено (дежурят %n менеджера).</numerusform>
            <numerusform>Распределение лидов включено (дежурят %n менеджеров).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead distribution is off.</source>
        <translation>Распределение лидов выключено.</translation>
    </message>
    <message>
        <source>Leads distributed: %1.</source>
        <translation>Распределено лидов: %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;distribution %1&quot;. Use show, set or run.</source>
        <translation>Неизвестная команда &quot;distribution %1&quot;. Используйте show, set или run.</translation>
    </message>
    <message>
        <source>The CSV/TSV file.</source>
        <translation>Файл CSV/TSV.</translation>
    </message>
    <message>
        <source>The mapping preset (JSON) from columns to lead fields.</source>
        <translation>Шаблон сопоставления (JSON) столбцов с полями лида.</translation>
    </message>
    <message>
        <source>preset.json</source>
        <translation>шаблон.json</translation>
    </message>
    <message>
        <source>key</source>
        <translation>ключ</translation>
    </message>
    <message>
        <source>Check and count everything, change nothing.</source>
        <translation>Всё проверить и подсчитать, ничего не меняя.</translation>
    </message>
    <message>
        <source>Import the valid rows and report the rest (default: all or nothing).</source>
        <translation>Загрузить верные строки, об остальных сообщить (по умолчанию — всё или ничего).</translation>
    </message>
    <message>
        <source>Write the rejected rows to this CSV file.</source>
        <translation>Записать отклонённые строки в этот CSV-файл.</translation>
    </message>
    <message>
        <source>errors.csv</source>
        <translation>ошибки.csv</translation>
    </message>
    <message>
        <source>Name the mapping preset with --mapping PRESET.json.</source>
        <translation>Укажите шаблон сопоставления: --mapping ШАБЛОН.json.</translation>
    </message>
    <message>
        <source>--update-by supports only external_id, not &quot;%1&quot;.</source>
        <translation>--update-by поддерживает только external_id, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 not imported: %2 rejected row(s); first: row %3 (line %4), column &quot;%5&quot;: %6.</source>
        <translation>%1 не загружен: отклонено строк: %2; первая: запись %3 (строка %4), столбец &quot;%5&quot;: %6.</translation>
    </message>
    <message>
        <source>Write the leads to this CSV file.</source>
        <translation>Записать лиды в этот CSV-файл.</translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation>файл.csv</translation>
    </message>
    <message>
        <source>utf-8 (with a BOM, the default) or windows-1251.</source>
        <translation>utf-8 (с BOM, по умолчанию) или windows-1251.</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>кодировка</translation>
    </message>
    <message>
        <source>The field separator: ; (the default, as Excel expects on a Russian system), , or tab.</source>
        <translation>Разделитель полей: ; (по умолчанию, как ожидает Excel в русской системе), , или tab.</translation>
    </message>
    <message>
        <source>char</source>
        <translation>символ</translation>
    </message>
    <message>
        <source>Write times in this IANA time zone (default: the system&apos;s).</source>
        <translation>Записывать время в этом часовом поясе IANA (по умолчанию — в системном).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>пояс</translation>
    </message>
    <message>
        <source>--encoding takes utf-8 or windows-1251, not &quot;%1&quot;.</source>
        <translation>Значение --encoding должно быть utf-8 или windows-1251, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--delimiter takes ;, , or tab, not &quot;%1&quot;.</source>
        <translation>Значение --delimiter должно быть ;, , или tab, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (--tz).</source>
        <translation>Неизвестный часовой пояс &quot;%1&quot; (--tz).</translation>
    </message>
    <message>
        <source>%1 leads written to %2.</source>
        <translation>В %2 записано лидов: %1.</translation>
    </message>
    <message>
        <source>Update mode: every row changes the existing lead with this key (external_id, the only one) and applies its outcome (won, owner) through the status rules; nothing is inserted.</source>
        <translation>Режим обновления: каждая строка изменяет существующий лид с этим ключом (поддерживается только external_id) и применяет исход сделки (выигрыш, ответственный) по правилам статусов; новые лиды не добавляются.</translation>
    </message>
    <message>
        <source>A new lead with the phone or e-mail of a recent one: keep it flagged as a possible duplicate (default) or skip it.</source>
        <translation>Новый лид с телефоном или e-mail недавнего лида: сохранить с пометкой «возможный дубль» (keep, по умолчанию) или пропустить (skip).</translation>
    </message>
    <message>
        <source>How many days apart leads still count as possible duplicates (default: the preset&apos;s, else 30).</source>
        <translation>В пределах скольких дней лиды считаются возможными дублями (по умолчанию — значение из шаблона, иначе 30).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дни</translation>
    </message>
    <message>
        <source>--duplicates takes keep or skip, not &quot;%1&quot;.</source>
        <translation>Значение --duplicates должно быть keep или skip, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Leads that arrived %1 – %2 (%3)</source>
        <translation>Лиды, поступившие %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Funnel: received %1 -&gt; MQL %2 (%3) -&gt; contacted %4 (%5) -&gt; SQL %6 (%7) -&gt; won %8 (%9)</source>
        <translation>Воронка: получено %1 -&gt; MQL %2 (%3) -&gt; есть контакт %4 (%5) -&gt; SQL %6 (%7) -&gt; выиграно %8 (%9)</translation>
    </message>
    <message>
        <source>Beside it: rejected %1 (disputed %2: pending %3, confirmed %4, returned to manager %5), lost %6, incomplete data %7</source>
        <translation>Вне воронки: отклонено %1 (оспорено %2: на рассмотрении %3, подтверждено %4, возвращено менеджеру %5), проиграно %6, неполные данные %7</translation>
    </message>
    <message>
        <source>SLA: first contact within the target %1, median %2 min, 90th percentile %3 min (working time)</source>
        <translation>SLA: первый контакт в срок %1, медиана %2 мин, 90-й процентиль %3 мин (рабочее время)</translation>
    </message>
    <message>
        <source>First contact: %1</source>
        <translation>Первый контакт: %1</translation>
    </message>
    <message>
        <source>Money (%1): %2 deals, revenue %3, average deal %4, spend %5, CPL %6, cost per SQL %7, cost per deal %8, ROMI %9</source>
        <translation>Деньги (%1): сделок %2, выручка %3, средний чек %4, расходы %5, CPL %6, цена SQL %7, цена сделки %8, ROMI %9</translation>
    </message>
    <message>
        <source>received</source>
        <translation>получено</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>won</source>
        <translation>выигр.</translation>
    </message>
    <message>
        <source>won %</source>
        <translation>выигр%</translation>
    </message>
    <message>
        <source>SLA %</source>
        <translation>SLA %</translation>
    </message>
    <message>
        <source>cycle d</source>
        <translation>цикл дн</translation>
    </message>
    <message>
        <source>avg deal</source>
        <translation>ср. чек</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>(без канала)</translation>
    </message>
    <message>
        <source>First arrival day (local date, inclusive).</source>
        <translation>Первый день поступления (местная дата, включительно).</translation>
    </message>
    <message>
        <source>Last arrival day (local date, inclusive).</source>
        <translation>Последний день поступления (местная дата, включительно).</translation>
    </message>
    <message>
        <source>week, month or quarter holding --to (or today).</source>
        <translation>week, month или quarter — период, в который входит дата --to (или сегодняшний день).</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>период</translation>
    </message>
    <message>
        <source>Only leads of this channel.</source>
        <translation>Только лиды этого канала.</translation>
    </message>
    <message>
        <source>Only leads of this campaign.</source>
        <translation>Только лиды этой кампании.</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>кампания</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>--preset must be week, month or quarter, not &quot;%1&quot;.</source>
        <translation>Значение --preset должно быть week, month или quarter, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the period: --from DATE --to DATE (or --preset).</source>
        <translation>Укажите период: --from ДАТА --to ДАТА (или --preset).</translation>
    </message>
    <message>
        <source>The channel.</source>
        <translation>Канал.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation>Месяц, ГГГГ-ММ.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>The amount, e.g. 150000.00.</source>
        <translation>Сумма, например 150000.00.</translation>
    </message>
    <message>
        <source>ISO 4217 code (default RUB).</source>
        <translation>Код ISO 4217 (по умолчанию RUB).</translation>
    </message>
    <message>
        <source>Unknown command &quot;spend %1&quot;. Use set, remove or list.</source>
        <translation>Неизвестная команда &quot;spend %1&quot;. Используйте set, remove или list.</translation>
    </message>
    <message>
        <source>Give --channel and --month.</source>
        <translation>Укажите --channel и --month.</translation>
    </message>
    <message>
        <source>--month must look like 2026-11, not &quot;%1&quot;.</source>
        <translation>Значение --month должно иметь вид 2026-11, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Removed the spend of %1 in %2 (%3).</source>
        <translation>Расходы канала %1 за %2 (%3) удалены.</translation>
    </message>
    <message>
        <source>--amount must be a number like 150000 or 150000.50, not &quot;%1&quot;.</source>
        <translation>Значение --amount должно быть числом вида 150000 или 150000.50, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Spend of %1 in %2: %3 %4.</source>
        <translation>Расходы канала %1 за %2: %3 %4.</translation>
    </message>
    <message>
        <source>--pdf needs the full build of LeadPact (built with LEADPACT_GUI=ON): this leadpact-cli has no PDF renderer. Use --xlsx or the text output instead.</source>
        <translation>Для --pdf нужна полная сборка LeadPact (с LEADPACT_GUI=ON): в этой leadpact-cli нет вывода в PDF. Используйте --xlsx или текстовый вывод.</translation>
    </message>
    <message>
        <source>Daily status report for %1 (%2)</source>
        <translation>Ежедневный отчёт за %1 (%2)</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Есть контакт</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>SLA misses</source>
        <translation>Нарушения SLA</translation>
    </message>
    <message>
        <source>The ISO week (e.g. 2026-W47; default the last finished one).</source>
        <translation>Неделя ISO (например, 2026-W47; по умолчанию — последняя завершённая).</translation>
    </message>
    <message>
        <source>week</source>
        <translation>неделя</translation>
    </message>
    <message>
        <source>Write the whole meeting as PDF (needs the full build).</source>
        <translation>Сохранить всю планёрку в PDF (нужна полная сборка).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>--week: &quot;%1&quot; is not an ISO week such as 2026-W47.</source>
        <translation>--week: &quot;%1&quot; — не неделя ISO вида 2026-W47.</translation>
    </message>
    <message>
        <source>Wrote the meeting of %1 to %2.</source>
        <translation>Планёрка недели %1 записана в %2.</translation>
    </message>
    <message>
        <source>Facts of the week %1</source>
        <translation>Факты недели %1</translation>
    </message>
    <message>
        <source>The day to report (YYYY-MM-DD, the team&apos;s time zone; default today).</source>
        <translation>День отчёта (ГГГГ-ММ-ДД, в часовом поясе команды; по умолчанию — сегодня).</translation>
    </message>
    <message>
        <source>Write the report as an Excel workbook.</source>
        <translation>Сохранить отчёт в книгу Excel.</translation>
    </message>
    <message>
        <source>Write the report as PDF (needs the full build).</source>
        <translation>Сохранить отчёт в PDF (нужна полная сборка).</translation>
    </message>
    <message>
        <source>Unknown command &quot;report %1&quot;. Use daily or week.</source>
        <translation>Неизвестная команда &quot;report %1&quot;. Используйте daily или week.</translation>
    </message>
    <message>
        <source>Wrote the daily report for %1 to %2.</source>
        <translation>Ежедневный отчёт за %1 записан в %2.</translation>
    </message>
    <message>
        <source>Write the leads to this Excel workbook.</source>
        <translation>Записать лиды в эту книгу Excel.</translation>
    </message>
    <message>
        <source>file.xlsx</source>
        <translation>файл.xlsx</translation>
    </message>
    <message>
        <source>Name the output with --csv FILE or --xlsx FILE.</source>
        <translation>Укажите, куда писать: --csv ФАЙЛ или --xlsx ФАЙЛ.</translation>
    </message>
    <message>
        <source>The name as in the official documents.</source>
        <translation>Название как в официальных документах.</translation>
    </message>
    <message>
        <source>What the campaign is for.</source>
        <translation>Цель кампании.</translation>
    </message>
    <message>
        <source>Who the offer is for.</source>
        <translation>Для кого предложение.</translation>
    </message>
    <message>
        <source>Where it was announced.</source>
        <translation>Где объявлена кампания.</translation>
    </message>
    <message>
        <source>The promo code.</source>
        <translation>Промокод.</translation>
    </message>
    <message>
        <source>What the promo code gives.</source>
        <translation>Что даёт промокод.</translation>
    </message>
    <message>
        <source>The landing page address.</source>
        <translation>Адрес лендинга.</translation>
    </message>
    <message>
        <source>The utm_campaign value it uses.</source>
        <translation>Значение utm_campaign, которое использует кампания.</translation>
    </message>
    <message>
        <source>How it is implemented technically.</source>
        <translation>Техническая реализация.</translation>
    </message>
    <message>
        <source>First day of the campaign.</source>
        <translation>Первый день кампании.</translation>
    </message>
    <message>
        <source>Last day of the campaign.</source>
        <translation>Последний день кампании.</translation>
    </message>
    <message>
        <source>First day clients may activate the offer.</source>
        <translation>Первый день, когда клиенты могут активировать предложение.</translation>
    </message>
    <message>
        <source>Last day clients may activate the offer.</source>
        <translation>Последний день, когда клиенты могут активировать предложение.</translation>
    </message>
    <message>
        <source>There is no campaign &quot;%1&quot;.</source>
        <translation>Кампания &quot;%1&quot; не найдена.</translation>
    </message>
    <message>
        <source>--owner: there is no user &quot;%1&quot;.</source>
        <translation>--owner: пользователь &quot;%1&quot; не найден.</translation>
    </message>
    <message>
        <source>The campaign&apos;s id or name (edit, show, attribute).</source>
        <translation>ID или название кампании (edit, show, attribute).</translation>
    </message>
    <message>
        <source>A link to an internal document (repeat for several).</source>
        <translation>Ссылка на внутренний документ (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>The person responsible (login).</source>
        <translation>Ответственный (логин).</translation>
    </message>
    <message>
        <source>Archive the campaign.</source>
        <translation>Перенести кампанию в архив.</translation>
    </message>
    <message>
        <source>Take it back from the archive.</source>
        <translation>Вернуть кампанию из архива.</translation>
    </message>
    <message>
        <source>List archived campaigns too.</source>
        <translation>Показывать и архивные кампании.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>предстоит</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лид</numerusform>
            <numerusform>%n лида</numerusform>
            <numerusform>%n лидов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1 &quot;%2&quot; saved; %n lead(s) attributed to it now.</source>
        <translation>
            <numerusform>Кампания %1 &quot;%2&quot; сохранена; теперь к ней отнесён %n лид.</numerusform>
            <numerusform>Кампания %1 &quot;%2&quot; сохранена; теперь к ней отнесены %n лида.</numerusform>
            <numerusform>Кампания %1 &quot;%2&quot; сохранена; теперь к ней отнесено %n лидов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say --archive or --restore, not both.</source>
        <translation>Укажите --archive или --restore, но не оба сразу.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) attributed to &quot;%1&quot;.</source>
        <translation>
            <numerusform>К кампании &quot;%1&quot; отнесён %n лид.</numerusform>
            <numerusform>К кампании &quot;%1&quot; отнесены %n лида.</numerusform>
            <numerusform>К кампании &quot;%1&quot; отнесено %n лидов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;campaign %1&quot;. Use add, edit, list, show or attribute.</source>
        <translation>Неизвестная команда &quot;campaign %1&quot;. Используйте add, edit, list, show или attribute.</translation>
    </message>
</context>
<context>
    <name>ContactBucket</name>
    <message>
        <source>≤ 15 min</source>
        <translation>≤ 15 мин</translation>
    </message>
    <message>
        <source>15–60 min</source>
        <translation>15–60 мин</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 ч</translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation>4–24 ч</translation>
    </message>
    <message>
        <source>&gt; 24 h</source>
        <translation>&gt; 24 ч</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Без контакта</translation>
    </message>
</context>
<context>
    <name>ContactKind</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Письмо</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not open for reading</source>
        <translation>файл не открыт для чтения</translation>
    </message>
    <message>
        <source>the file looks binary, not CSV</source>
        <translation>файл похож на двоичный, а не на CSV</translation>
    </message>
    <message>
        <source>unsupported encoding %1</source>
        <translation>неподдерживаемая кодировка %1</translation>
    </message>
    <message>
        <source>%1 cannot be used as the delimiter</source>
        <translation>%1 нельзя использовать как разделитель</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2 bytes</source>
        <translation>строка %1: поле длиннее %2 байт</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>строка %1: поле в кавычках не закрыто</translation>
    </message>
    <message>
        <source>line %1: the text is not valid %2</source>
        <translation>строка %1: текст не в кодировке %2</translation>
    </message>
</context>
<context>
    <name>DailyReport</name>
    <message>
        <source>No valid report date was given (field &quot;date&quot;).</source>
        <translation>Не указана корректная дата отчёта (поле &quot;date&quot;).</translation>
    </message>
    <message>
        <source>count the day&apos;s leads</source>
        <translation>подсчитать лиды за день</translation>
    </message>
    <message>
        <source>count the day&apos;s won deals</source>
        <translation>подсчитать выигранные сделки за день</translation>
    </message>
    <message>
        <source>count the day&apos;s rejections</source>
        <translation>подсчитать отказы за день</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 is already open for writing by %2 (process %3 on %4). SQLite mode serves one desk: close it there, or open this file read-only.</source>
        <translation>База данных %1 уже открыта на запись программой %2 (процесс %3 на %4). В режиме SQLite с базой работает одно рабочее место: закройте её там или откройте этот файл только для чтения.</translation>
    </message>
    <message>
        <source>Cannot take the write lock %1 for the database %2.</source>
        <translation>Не удаётся получить блокировку записи %1 для базы данных %2.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>База данных %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Не удаётся создать папку %1 для базы данных.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed; install libqt6sql6-sqlite.</source>
        <translation>Драйвер SQLite для Qt (QSQLITE) не установлен; установите libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Не удаётся открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened a second time for another thread.</source>
        <translation>Базу данных %1 нельзя открыть повторно для другого потока.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Database in use</source>
        <translation>База данных занята</translation>
    </message>
    <message>
        <source>Open it read-only? You will see the leads but cannot change them.</source>
        <translation>Открыть её только для чтения? Вы увидите лиды, но не сможете их изменить.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Открыть для чтения</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo needs at least one lead and one week (--leads, --weeks).</source>
        <translation>Для демо нужны хотя бы один лид и одна неделя (--leads, --weeks).</translation>
    </message>
    <message>
        <source>The database %1 already holds %2 leads; demo data goes into an empty database only, so real and invented leads never mix.</source>
        <translation>В базе данных %1 уже есть лиды (%2); демоданные загружаются только в пустую базу, чтобы реальные и вымышленные лиды не смешивались.</translation>
    </message>
    <message>
        <source>Demo generation cancelled; nothing was written.</source>
        <translation>Генерация демоданных отменена; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>FunnelStage</name>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Complete data (MQL)</source>
        <translation>Полные данные (MQL)</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Есть контакт</translation>
    </message>
    <message>
        <source>Qualified (SQL)</source>
        <translation>Квалифицировано (SQL)</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Cannot read the import mapping %1: %2.</source>
        <translation>Не удаётся прочитать шаблон загрузки %1: %2.</translation>
    </message>
    <message>
        <source>The import mapping %1 is not a JSON object (at offset %2: %3).</source>
        <translation>Шаблон загрузки %1 — не объект JSON (смещение %2: %3).</translation>
    </message>
    <message>
        <source>Import mapping %1, key &quot;%2&quot;: %3</source>
        <translation>Шаблон загрузки %1, ключ &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>unknown key; expected one of %1.</source>
        <translation>неизвестный ключ; ожидается один из: %1.</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation>должен быть строкой.</translation>
    </message>
    <message>
        <source>must be &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;, not &quot;%1&quot;.</source>
        <translation>должен быть &quot;,&quot;, &quot;;&quot; или &quot;tab&quot;, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;.</source>
        <translation>неизвестный часовой пояс &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>must hold non-empty strings.</source>
        <translation>должен содержать непустые строки.</translation>
    </message>
    <message>
        <source>must be a string or a list of strings.</source>
        <translation>должен быть строкой или списком строк.</translation>
    </message>
    <message>
        <source>must map at least one source column to a lead field.</source>
        <translation>должен сопоставлять хотя бы один столбец с полем лида.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead field; use one of %2.</source>
        <translation>&quot;%1&quot; — не поле лида; используйте одно из: %2.</translation>
    </message>
    <message>
        <source>the field %1 is already filled from the column &quot;%2&quot;.</source>
        <translation>поле %1 уже заполняется из столбца &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot write the import mapping %1: %2.</source>
        <translation>Не удаётся записать шаблон загрузки %1: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter ISO 4217 code.</source>
        <translation>&quot;%1&quot; — не трёхбуквенный код ISO 4217.</translation>
    </message>
    <message>
        <source>must be a sales role (manager or head_of_sales), not &quot;%1&quot;.</source>
        <translation>должен быть ролью отдела продаж (manager или head_of_sales), а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>must contain %1 where the owner&apos;s id goes.</source>
        <translation>должен содержать %1 на месте идентификатора ответственного.</translation>
    </message>
    <message>
        <source>must be a whole number of days, 0 or more.</source>
        <translation>должен быть целым числом дней, не меньше 0.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>not a phone number that can be dialled: kept as typed, the lead is flagged incomplete</source>
        <translation>не номер, по которому можно позвонить: сохранён как введён, лид помечен как неполный</translation>
    </message>
    <message>
        <source>No column is mapped to a lead field yet.</source>
        <translation>Ни один столбец ещё не сопоставлен с полем лида.</translation>
    </message>
    <message>
        <source>Updating finds each lead by its external id: map a column to &quot;%1&quot;.</source>
        <translation>Обновление ищет каждый лид по внешнему ID: сопоставьте столбец с полем «%1».</translation>
    </message>
    <message>
        <source>%1 can only be applied to existing leads: choose &quot;Update existing leads&quot; in the options, or skip these columns.</source>
        <translation>%1 можно применить только к существующим лидам: выберите в параметрах «Обновлять существующие лиды» или пропустите эти столбцы.</translation>
    </message>
    <message>
        <source>Nothing is mapped to %1: every lead will be imported flagged incomplete, and incomplete leads count against marketing&apos;s SLA.</source>
        <translation>Не сопоставлены поля %1: каждый лид будет загружен с пометкой «неполные данные», а неполные лиды ухудшают показатели SLA маркетинга.</translation>
    </message>
    <message>
        <source>Nothing is mapped to &quot;%1&quot;: every lead will count as received at the moment of the import, and its SLA clock starts then.</source>
        <translation>Нет столбца для поля «%1»: каждый лид будет считаться поступившим в момент загрузки, и отсчёт SLA начнётся тогда же.</translation>
    </message>
    <message>
        <source>Nothing is mapped to &quot;%1&quot;: importing the same file again will add its leads a second time instead of updating them.</source>
        <translation>Нет столбца для поля «%1»: при повторной загрузке того же файла его лиды добавятся ещё раз, а не обновятся.</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Внешний ID</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Время поступления</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Лендинг</translation>
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
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Declared monthly revenue</source>
        <translation>Заявленная выручка в месяц</translation>
    </message>
    <message>
        <source>Won at</source>
        <translation>Дата выигрыша</translation>
    </message>
    <message>
        <source>Deal amount</source>
        <translation>Сумма сделки</translation>
    </message>
    <message>
        <source>Deal currency</source>
        <translation>Валюта сделки</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Промокод</translation>
    </message>
    <message>
        <source>Lost at</source>
        <translation>Дата проигрыша</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Loss comment</source>
        <translation>Комментарий к проигрышу</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>cancelled, nothing changed</source>
        <translation>отменено, ничего не изменено</translation>
    </message>
    <message>
        <source>dry run, nothing changed</source>
        <translation>пробный прогон, ничего не изменено</translation>
    </message>
    <message>
        <source>rejected rows, nothing changed (use --partial to import the valid rows)</source>
        <translation>есть отклонённые строки, ничего не изменено (--partial загрузит верные строки)</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <source>Cannot write the error report %1: %2.</source>
        <translation>Не удаётся записать отчёт об ошибках %1: %2.</translation>
    </message>
    <message>
        <source>, %1 possible duplicates flagged, %2 skipped</source>
        <translation>, отмечено возможных дублей: %1, пропущено: %2</translation>
    </message>
    <message>
        <source>, %1 outcomes applied, %2 owners created</source>
        <translation>, применено исходов сделок: %1, создано ответственных: %2</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 inserted, %4 updated, %5 unchanged, %6 incomplete, %7 rejected%8 — %9.</source>
        <translation>%1: строк: %2, добавлено: %3, обновлено: %4, без изменений: %5, неполных: %6, отклонено: %7%8 — %9.</translation>
    </message>
    <message>
        <source>, %1 attributed to campaigns</source>
        <translation>, отнесено к кампаниям: %1</translation>
    </message>
</context>
<context>
    <name>ImportSample</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не читается: %2</translation>
    </message>
    <message>
        <source>%1 is empty: not even a header row.</source>
        <translation>%1 пуст: нет даже строки заголовка.</translation>
    </message>
</context>
<context>
    <name>ImportTimeParser</name>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Moscow.</source>
        <translation>Неизвестный часовой пояс &quot;%1&quot;; укажите имя IANA, например Europe/Moscow.</translation>
    </message>
</context>
<context>
    <name>LeadAction</name>
    <message>
        <source>Log first contact</source>
        <translation>Первый контакт</translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation>Квалифицировать</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Dispute rejection</source>
        <translation>Оспорить отказ</translation>
    </message>
    <message>
        <source>Confirm rejection</source>
        <translation>Подтвердить отказ</translation>
    </message>
    <message>
        <source>Return to manager</source>
        <translation>Вернуть менеджеру</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Сделка выиграна</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Сделка проиграна</translation>
    </message>
</context>
<context>
    <name>LeadDistributor</name>
    <message>
        <source>Only the head of sales or an administrator may set up lead distribution (user %1 is &quot;%2&quot;).</source>
        <translation>Настраивать распределение лидов может только руководитель отдела продаж или администратор (пользователь %1 — «%2»).</translation>
    </message>
    <message>
        <source>Only active sales managers can be on duty (user id %1).</source>
        <translation>Дежурить могут только активные менеджеры по продажам (id пользователя %1).</translation>
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
        <translation>Внешний ID</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступил</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Phone as received</source>
        <translation>Исходный телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Лендинг</translation>
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
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>В статусе с</translation>
    </message>
    <message>
        <source>First contact due</source>
        <translation>Контакт до</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Первый контакт</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>SLA margin, min</source>
        <extracomment>Minutes between the first contact (or now, while waiting) and its deadline; negative when late</extracomment>
        <translation>Запас SLA, мин</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Не хватает данных</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <source>Rejection comment</source>
        <translation>Комментарий к отказу</translation>
    </message>
    <message>
        <source>Dispute comment</source>
        <translation>Комментарий к возражению</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Loss comment</source>
        <translation>Комментарий к проигрышу</translation>
    </message>
    <message>
        <source>Deal amount</source>
        <translation>Сумма сделки</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Declared monthly revenue</source>
        <translation>Заявленная выручка в месяц</translation>
    </message>
    <message>
        <source>Possible duplicate of</source>
        <translation>Возможный дубль лида</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Cannot write the export %1: %2.</source>
        <translation>Не удаётся записать выгрузку %1: %2.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot; for the export; use UTF-8 or windows-1251.</source>
        <translation>Неизвестная кодировка &quot;%1&quot; для выгрузки; используйте UTF-8 или windows-1251.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1.</source>
        <translation>Не удаётся записать выгрузку: %1.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
</context>
<context>
    <name>LeadImporter</name>
    <message>
        <source>%1: the mapping needs the column(s) %2, which the header does not have (it has: %3).</source>
        <translation>%1: шаблону нужны столбцы %2, которых нет в заголовке (в нём: %3).</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;: none of the date formats %3 reads the values (e.g. &quot;%4&quot;); name the format in the mapping (date_formats).</source>
        <translation>%1, столбец &quot;%2&quot;: ни один из форматов дат %3 не подходит к значениям (например, &quot;%4&quot;); укажите формат в шаблоне (date_formats).</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>ожидалось полей, как в заголовке: %1, найдено: %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>нет даты</translation>
    </message>
    <message>
        <source>not a date in the format %1 (time zone %2)</source>
        <translation>не дата в формате %1 (часовой пояс %2)</translation>
    </message>
    <message>
        <source>Updated by import of %1</source>
        <translation>Обновлён загрузкой %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>A user with the role &quot;%1&quot; may not import leads (user %2).</source>
        <translation>Пользователь с ролью «%1» не может загружать лиды (пользователь %2).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не читается: %2</translation>
    </message>
    <message>
        <source>%1 is empty: not even a header row.</source>
        <translation>%1 пуст: нет даже строки заголовка.</translation>
    </message>
    <message>
        <source>Imported from %1, row %2</source>
        <translation>Загружен из %1, запись %2</translation>
    </message>
    <message>
        <source>lead %1 is already won (paid on %2, amount %3); an import does not change a recorded outcome</source>
        <translation>лид %1 уже выигран (оплата %2, сумма %3); загрузка не меняет записанный исход сделки</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>the deal is won in the future</source>
        <translation>дата выигрыша сделки ещё не наступила</translation>
    </message>
    <message>
        <source>%1: won in the other CRM; first contact time unknown</source>
        <translation>%1: выигран в другой CRM; время первого контакта неизвестно</translation>
    </message>
    <message>
        <source>%1: need, budget and decision-maker implied by the signed deal</source>
        <translation>%1: потребность, бюджет и ЛПР подтверждены подписанной сделкой</translation>
    </message>
    <message>
        <source>%1: won on %2</source>
        <translation>%1: выигран %2</translation>
    </message>
    <message>
        <source>%1: won on %2, amount unknown</source>
        <translation>%1: выигран %2, сумма неизвестна</translation>
    </message>
    <message>
        <source>lead %1: %2</source>
        <translation>лид %1: %2</translation>
    </message>
    <message>
        <source>not an amount of 0 or more (e.g. 1500.50)</source>
        <translation>не сумма от 0 и больше (например, 1500.50)</translation>
    </message>
    <message>
        <source>possible duplicate of lead %1</source>
        <translation>возможный дубль лида %1</translation>
    </message>
    <message>
        <source>incomplete minimum data, missing: %1</source>
        <translation>неполные минимальные данные, не хватает: %1</translation>
    </message>
    <message>
        <source>Imported from %1 with %2</source>
        <translation>Загружен из %1 с замечаниями: %2</translation>
    </message>
    <message>
        <source>no user has the login &quot;%1&quot; (the preset may create missing owners with &quot;create_missing_owners&quot;)</source>
        <translation>нет пользователя с логином &quot;%1&quot; (шаблон может создавать недостающих ответственных: &quot;create_missing_owners&quot;)</translation>
    </message>
    <message>
        <source>user %1 is not an active sales manager</source>
        <translation>пользователь %1 — не активный менеджер по продажам</translation>
    </message>
    <message>
        <source>no lead has this external id (an update changes existing leads only)</source>
        <translation>нет лида с таким внешним ID (обновление изменяет только существующие лиды)</translation>
    </message>
    <message>
        <source>%1: an update finds leads by external id, but the mapping has no external_id column.</source>
        <translation>%1: обновление ищет лиды по внешнему ID, но в шаблоне нет столбца external_id.</translation>
    </message>
    <message>
        <source>A user with the role &quot;%1&quot; may not %2 (user %3).</source>
        <translation>Пользователь с ролью «%1» не может %2 (пользователь %3).</translation>
    </message>
    <message>
        <source>import won deals</source>
        <translation>загружать выигранные сделки</translation>
    </message>
    <message>
        <source>import lead owners</source>
        <translation>загружать ответственных за лиды</translation>
    </message>
    <message>
        <source>create accounts for missing owners</source>
        <translation>создавать учётные записи для недостающих ответственных</translation>
    </message>
    <message>
        <source>the row gives both won_at and lost_at; a deal is either won or lost</source>
        <translation>в строке указаны и won_at, и lost_at; сделка либо выиграна, либо проиграна</translation>
    </message>
    <message>
        <source>a loss reason or comment without the date the deal was lost (lost_at)</source>
        <translation>причина или комментарий к проигрышу без даты проигрыша сделки (lost_at)</translation>
    </message>
    <message>
        <source>not a loss reason of the catalog (known codes: %1)</source>
        <translation>такой причины проигрыша нет в каталоге (известные коды: %1)</translation>
    </message>
    <message>
        <source>a lost deal needs a loss reason of the catalog (loss_reason; known codes: %1)</source>
        <translation>для проигранной сделки нужна причина проигрыша из каталога (loss_reason; известные коды: %1)</translation>
    </message>
    <message>
        <source>lead %1 is already lost (on %2, reason &quot;%3&quot;); an import does not change a recorded outcome</source>
        <translation>лид %1 уже проигран (%2, причина «%3»); загрузка не меняет записанный исход сделки</translation>
    </message>
    <message>
        <source>the deal is lost in the future</source>
        <translation>дата проигрыша сделки ещё не наступила</translation>
    </message>
    <message>
        <source>%1: lost in the other CRM; first contact time unknown</source>
        <translation>%1: проигран в другой CRM; время первого контакта неизвестно</translation>
    </message>
    <message>
        <source>%1: need, budget and decision-maker implied by the deal the other CRM worked on</source>
        <translation>%1: потребность, бюджет и ЛПР подтверждены сделкой, которую вели в другой CRM</translation>
    </message>
    <message>
        <source>%1: lost on %2</source>
        <translation>%1: проигран %2</translation>
    </message>
    <message>
        <source>%1: lost on %2: %3</source>
        <translation>%1: проигран %2: %3</translation>
    </message>
    <message>
        <source>%1: the mapping sets outcomes (won_at, deal_amount, deal_currency, owner, lost_at, loss_reason, loss_comment), which only an update applies: import it with --update-by external_id.</source>
        <translation>%1: шаблон задаёт исходы сделок (won_at, deal_amount, deal_currency, owner, lost_at, loss_reason, loss_comment), а их применяет только обновление: загрузите файл с --update-by external_id.</translation>
    </message>
    <message>
        <source>import lost deals</source>
        <translation>загружать проигранные сделки</translation>
    </message>
    <message>
        <source>%1: the mapping has a loss reason or comment column but no lost_at column: a loss needs its date.</source>
        <translation>%1: в шаблоне есть столбец причины или комментария к проигрышу, но нет столбца lost_at: для проигрыша нужна дата.</translation>
    </message>
</context>
<context>
    <name>LeadPact</name>
    <message>
        <source>Status</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Daily status report for %1 (%2)</source>
        <translation>Ежедневный отчёт за %1 (%2)</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Сформирован %1</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Есть контакт</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Qualified (SQL)</source>
        <translation>Квалифицировано (SQL)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Revenue, %1</source>
        <translation>Выручка, %1</translation>
    </message>
    <message>
        <source>SLA misses</source>
        <translation>Нарушения SLA</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <source>Rejections by reason, %1</source>
        <translation>Отказы по причинам, %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лидов</translation>
    </message>
</context>
<context>
    <name>LeadPact::ActionController</name>
    <message>
        <source>Reassign…</source>
        <translation>Переназначить…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Rejection and loss &amp;reasons…</source>
        <translation>&amp;Причины отказа и проигрыша…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Lead %1: %2 → %3. Ctrl+Z undoes it for %n second(s).</source>
        <translation>
            <numerusform>Лид %1: %2 → %3. Ctrl+Z отменит это в течение %n секунды.</numerusform>
            <numerusform>Лид %1: %2 → %3. Ctrl+Z отменит это в течение %n секунд.</numerusform>
            <numerusform>Лид %1: %2 → %3. Ctrl+Z отменит это в течение %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1 reassigned.</source>
        <translation>Лид %1 переназначен.</translation>
    </message>
    <message>
        <source>Undone: lead %1 is &quot;%2&quot; again.</source>
        <translation>Отменено: лид %1 снова в статусе «%2».</translation>
    </message>
</context>
<context>
    <name>LeadPact::ActionsSlide</name>
    <message>
        <source>Add an action item</source>
        <translation>Добавить задачу</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Кто что делает</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Задач пока нет.</translation>
    </message>
    <message>
        <source>carried over from %1</source>
        <translation>перенесена с недели %1</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, просрочена</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— не назначен —</translation>
    </message>
</context>
<context>
    <name>LeadPact::AlertBanner</name>
    <message>
        <source>Show lead</source>
        <translation>Показать лид</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (и ещё %2)</translation>
    </message>
</context>
<context>
    <name>LeadPact::AlertCenter</name>
    <message>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <source>Lead %1 (%2) is assigned to you.</source>
        <translation>Вам назначен лид %1 (%2).</translation>
    </message>
    <message>
        <source>First contact due soon</source>
        <translation>Скоро срок первого контакта</translation>
    </message>
    <message>
        <source>Lead %1 (%2): %3 to the first-contact deadline.</source>
        <translation>Лид %1 (%2): до срока первого контакта осталось %3.</translation>
    </message>
    <message>
        <source>First contact overdue</source>
        <translation>Первый контакт просрочен</translation>
    </message>
    <message>
        <source>Lead %1 (%2) has passed its first-contact deadline.</source>
        <translation>У лида %1 (%2) истёк срок первого контакта.</translation>
    </message>
    <message>
        <source>Leads waiting for you</source>
        <translation>Вас ждут лиды</translation>
    </message>
    <message>
        <source>Overdue: %1, due soon: %2.</source>
        <translation>Просрочено: %1, скоро срок: %2.</translation>
    </message>
    <message>
        <source>name not given</source>
        <translation>имя не указано</translation>
    </message>
</context>
<context>
    <name>LeadPact::BestDealSlide</name>
    <message>
        <source>Best deal of the week</source>
        <translation>Лучшая сделка недели</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>%n days from the lead&apos;s arrival to the payment</extracomment>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you, marketing, for this lead: channel &quot;%1&quot;, campaign &quot;%2&quot;. And thank you, %3, for closing it!</source>
        <translation>Спасибо маркетингу за этот лид: канал «%1», кампания «%2». И спасибо, %3, за закрытую сделку!</translation>
    </message>
    <message>
        <source>Thank you, marketing, for this lead from channel &quot;%1&quot;. And thank you, %2, for closing it!</source>
        <translation>Спасибо маркетингу за этот лид из канала «%1». И спасибо, %2, за закрытую сделку!</translation>
    </message>
    <message>
        <source>Thank you, %1, for closing it!</source>
        <translation>Спасибо, %1, за закрытую сделку!</translation>
    </message>
    <message>
        <source>Computing the week&apos;s numbers…</source>
        <translation>Считаем показатели недели…</translation>
    </message>
    <message>
        <source>No deal was won this week</source>
        <translation>На этой неделе выигранных сделок нет</translation>
    </message>
    <message>
        <source>Every week starts from zero: the leads in work now are next week&apos;s best deal.</source>
        <translation>Каждая неделя начинается с нуля: лиды, которые сейчас в работе, — это лучшая сделка следующей недели.</translation>
    </message>
    <message>
        <source>Thank you all for the work on the leads!</source>
        <translation>Спасибо всем за работу с лидами!</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Deal cycle</source>
        <translation>Цикл сделки</translation>
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
        <translation>с %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не заданы</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Кампания: %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Upcoming: starts %1</source>
        <translation>Скоро: старт %1</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>Who it is for:</source>
        <translation>Для кого:</translation>
    </message>
    <message>
        <source>Promo code:</source>
        <translation>Промокод:</translation>
    </message>
    <message>
        <source>Campaign dates:</source>
        <translation>Даты кампании:</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>Активация:</translation>
    </message>
    <message>
        <source>Landing page:</source>
        <translation>Лендинг:</translation>
    </message>
    <message>
        <source>Announced in:</source>
        <translation>Где объявлена:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <source>How it works:</source>
        <translation>Как работает:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
</context>
<context>
    <name>LeadPact::CampaignEditor</name>
    <message>
        <source>&amp;Name (as in the documents):</source>
        <translation>&amp;Название (как в документах):</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>&amp;Who it is for:</source>
        <translation>&amp;Для кого:</translation>
    </message>
    <message>
        <source>Announced &amp;in:</source>
        <translation>&amp;Где объявлена:</translation>
    </message>
    <message>
        <source>&amp;Promo code:</source>
        <translation>&amp;Промокод:</translation>
    </message>
    <message>
        <source>What the code &amp;gives:</source>
        <translation>&amp;Что даёт код:</translation>
    </message>
    <message>
        <source>&amp;Landing link:</source>
        <translation>Ссылка на &amp;лендинг:</translation>
    </message>
    <message>
        <source>&amp;utm_campaign:</source>
        <translation>&amp;utm_campaign:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>Н&amp;ачало:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <source>Activation &amp;from:</source>
        <translation>Ак&amp;тивация с:</translation>
    </message>
    <message>
        <source>Activation &amp;until:</source>
        <translation>Акт&amp;ивация по:</translation>
    </message>
    <message>
        <source>How it works &amp;technically:</source>
        <translation>Техническая &amp;реализация:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>До&amp;бавить</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Internal &amp;documents:</source>
        <translation>&amp;Внутренние документы:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>Отв&amp;етственный:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задана</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>не назначен</translation>
    </message>
</context>
<context>
    <name>LeadPact::CampaignRegistryDialog</name>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Campaigns (read only)</source>
        <translation>Кампании (только просмотр)</translation>
    </message>
    <message>
        <source>Campaign &amp;card…</source>
        <translation>&amp;Карточка кампании…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Со&amp;здать</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>В ар&amp;хив</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Из ар&amp;хива</translation>
    </message>
    <message>
        <source>The campaign is not saved: see the fields marked in red.</source>
        <translation>Кампания не сохранена: см. поля, выделенные красным.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Кампания «%1» сохранена.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) attributed to it.</source>
        <translation>
            <numerusform>К ней отнесён %n лид.</numerusform>
            <numerusform>К ней отнесены %n лида.</numerusform>
            <numerusform>К ней отнесено %n лидов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) now carry the new name.</source>
        <translation>
            <numerusform>Новое название теперь у %n лида.</numerusform>
            <numerusform>Новое название теперь у %n лидов.</numerusform>
            <numerusform>Новое название теперь у %n лидов.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived: it takes no new leads.</source>
        <translation>Кампания «%1» в архиве: новые лиды к ней не относятся.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is active again.</source>
        <translation>Кампания «%1» снова активна.</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot; and attributing the leads it matches…</source>
        <translation>Сохранение «%1» и отнесение к ней подходящих лидов…</translation>
    </message>
    <message>
        <source>S&amp;top saving</source>
        <translation>&amp;Остановить сохранение</translation>
    </message>
    <message>
        <source>Stop attributing the leads; the campaign is not saved</source>
        <translation>Прервать привязку заявок; кампания не будет сохранена</translation>
    </message>
    <message>
        <source>Saving was stopped: the campaign and its leads are as they were.</source>
        <translation>Сохранение остановлено: кампания и её заявки остались как были.</translation>
    </message>
    <message>
        <source>Stopping: the changes are being rolled back…</source>
        <translation>Останавливаем: изменения откатываются…</translation>
    </message>
</context>
<context>
    <name>LeadPact::CampaignTableModel</name>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Starts today</source>
        <translation>Стартует сегодня</translation>
    </message>
    <message numerus="yes">
        <source>Upcoming: in %n day(s)</source>
        <translation>
            <numerusform>Скоро: через %n день</numerusform>
            <numerusform>Скоро: через %n дня</numerusform>
            <numerusform>Скоро: через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Активация</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Промокод</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лидов</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>LeadPact::CampaignsController</name>
    <message>
        <source>&amp;Campaigns…</source>
        <translation>&amp;Кампании…</translation>
    </message>
    <message>
        <source>Marketing&apos;s promotions: what each one promises, to whom and when</source>
        <translation>Акции маркетинга: что обещает каждая, кому и когда</translation>
    </message>
    <message>
        <source>Marketing campaigns</source>
        <translation>Маркетинговые кампании</translation>
    </message>
</context>
<context>
    <name>LeadPact::CatalogEditor</name>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>Require &amp;comment</source>
        <translation>Требовать &amp;комментарий</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>В ар&amp;хив</translation>
    </message>
    <message>
        <source>Reason catalogs</source>
        <translation>Каталоги причин</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>Причины отказа</translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation>Причины проигрыша</translation>
    </message>
    <message>
        <source>An archived reason is no longer offered; leads that carry it keep it. Reasons are never deleted.</source>
        <translation>Архивная причина больше не предлагается, но у лидов, где она указана, остаётся. Причины никогда не удаляются.</translation>
    </message>
    <message>
        <source>Reasons are never deleted: archive the ones no longer used. Double-click a title to rename it.</source>
        <translation>Причины никогда не удаляются: неиспользуемые отправляйте в архив. Чтобы переименовать причину, дважды щёлкните её название.</translation>
    </message>
    <message>
        <source>Only an administrator or the head of sales may edit the catalogs; you can view them.</source>
        <translation>Редактировать каталоги может только администратор или руководитель отдела продаж; вам доступен только просмотр.</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Новая причина</translation>
    </message>
    <message>
        <source>latin letters, digits, _ (e.g. no_license)</source>
        <translation>латинские буквы, цифры, _ (например, no_license)</translation>
    </message>
    <message>
        <source>Requires a comment as proof</source>
        <translation>Нужен комментарий с подтверждением</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>К&amp;од:</translation>
    </message>
    <message>
        <source>Russian &amp;title:</source>
        <translation>Название на &amp;русском:</translation>
    </message>
    <message>
        <source>&amp;English title:</source>
        <translation>Название на &amp;английском:</translation>
    </message>
    <message>
        <source>No &amp;comment needed</source>
        <translation>Без &amp;комментария</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Из ар&amp;хива</translation>
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
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
</context>
<context>
    <name>LeadPact::ChartWidget</name>
    <message>
        <source>LeadPact chart</source>
        <translation>Диаграмма LeadPact</translation>
    </message>
</context>
<context>
    <name>LeadPact::ContactSection</name>
    <message>
        <source>&amp;Contact by:</source>
        <translation>&amp;Способ связи:</translation>
    </message>
    <message>
        <source>Contact &amp;time:</source>
        <translation>&amp;Время контакта:</translation>
    </message>
</context>
<context>
    <name>LeadPact::DailyReportDialog</name>
    <message>
        <source>Daily status report</source>
        <translation>Ежедневный отчёт</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <source>(time zone %1)</source>
        <translation>(часовой пояс %1)</translation>
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
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>Причины отказа</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save the daily report as PDF</source>
        <translation>Сохранить ежедневный отчёт в PDF</translation>
    </message>
    <message>
        <source>daily-report-%1.pdf</source>
        <translation>daily-report-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Save the daily report as an Excel workbook</source>
        <translation>Сохранить ежедневный отчёт в книгу Excel</translation>
    </message>
    <message>
        <source>daily-report-%1.xlsx</source>
        <translation>daily-report-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>LeadPact::DailyReportDocument</name>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Daily status report for %1</source>
        <translation>Ежедневный отчёт за %1</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Есть контакт</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>SLA misses</source>
        <translation>Нарушения SLA</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Часовой пояс: %1</translation>
    </message>
    <message>
        <source>LeadPact · generated %1 · page %2</source>
        <translation>LeadPact · сформирован %1 · стр. %2</translation>
    </message>
    <message>
        <source>Rejections by reason</source>
        <translation>Отказы по причинам</translation>
    </message>
    <message>
        <source>No lead was rejected that day.</source>
        <translation>В этот день отказов не было.</translation>
    </message>
</context>
<context>
    <name>LeadPact::DashboardFilterBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Следующий период</translation>
    </message>
    <message>
        <source>Received from (inclusive)</source>
        <translation>Поступил с (включительно)</translation>
    </message>
    <message>
        <source>Received up to (inclusive)</source>
        <translation>Поступил по (включительно)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>Кампа&amp;ния:</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Все кампании</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
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
        <translation>Воронка: %1</translation>
    </message>
    <message>
        <source>Incomplete data</source>
        <translation>Неполные данные</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Rejections disputed</source>
        <translation>Оспоренные отказы</translation>
    </message>
    <message>
        <source>Rejections overturned</source>
        <translation>Отменённые отказы</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Получено: %1</translation>
    </message>
    <message>
        <source>SQL: %1</source>
        <translation>SQL: %1</translation>
    </message>
    <message>
        <source>won: %1</source>
        <translation>выиграно: %1</translation>
    </message>
    <message>
        <source>within SLA: %1</source>
        <translation>в срок SLA: %1</translation>
    </message>
    <message>
        <source>median first contact: %1</source>
        <translation>медиана первого контакта: %1</translation>
    </message>
    <message>
        <source>%1 of the leads</source>
        <translation>%1 от всех лидов</translation>
    </message>
    <message>
        <source>First contact %1</source>
        <translation>Первый контакт: %1</translation>
    </message>
    <message>
        <source>within SLA %1</source>
        <translation>в срок SLA %1</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>медиана %1</translation>
    </message>
    <message>
        <source>90th percentile %1</source>
        <translation>90-й процентиль %1</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Leads from %1</source>
        <translation>Лиды из канала %1</translation>
    </message>
    <message>
        <source>Leads received</source>
        <translation>Получено лидов</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>В срок SLA</translation>
    </message>
    <message>
        <source>SQL from %1</source>
        <translation>SQL из канала %1</translation>
    </message>
    <message>
        <source>Won from %1</source>
        <translation>Выигранные из канала %1</translation>
    </message>
    <message>
        <source>Incomplete data from %1</source>
        <translation>Неполные данные, канал %1</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>лидов: %1 из %2</translation>
    </message>
    <message>
        <source>% of the channel&apos;s leads</source>
        <translation>% лидов канала</translation>
    </message>
    <message>
        <source>Rejected leads</source>
        <translation>Отклонённые лиды</translation>
    </message>
    <message>
        <source>%1 of the channel&apos;s rejections</source>
        <translation>%1 отказов канала</translation>
    </message>
    <message>
        <source>Rejected from %1: %2</source>
        <translation>Отклонённые из канала %1: %2</translation>
    </message>
    <message>
        <source>Days from arrival to payment (median)</source>
        <translation>Дней от поступления до оплаты (медиана)</translation>
    </message>
    <message>
        <source>Median cycle</source>
        <translation>Медианный цикл</translation>
    </message>
    <message>
        <source>Average deal, %1</source>
        <translation>Средний чек, %1</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>%1 deals, revenue %2 %3</source>
        <translation>сделок: %1, выручка %2 %3</translation>
    </message>
    <message>
        <source>Deals in %1 from %2</source>
        <translation>Сделки в %1 из канала %2</translation>
    </message>
    <message>
        <source>MQL → SQL, %</source>
        <translation>MQL → SQL, %</translation>
    </message>
    <message>
        <source>Within SLA, %</source>
        <translation>В срок SLA, %</translation>
    </message>
    <message>
        <source>%1 SQL of %2 MQL</source>
        <translation>%1 SQL из %2 MQL</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>неделя с %1</translation>
    </message>
    <message>
        <source>Leads, %1</source>
        <translation>Лиды, %1</translation>
    </message>
    <message>
        <source>SQL, %1</source>
        <translation>SQL, %1</translation>
    </message>
    <message>
        <source>Contacted within SLA, %1</source>
        <translation>Контакт в срок SLA, %1</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>Доля, %</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Revenue, %1</source>
        <translation>Выручка, %1</translation>
    </message>
    <message>
        <source>Spend, %1</source>
        <translation>Расходы, %1</translation>
    </message>
    <message>
        <source>CPL, %1</source>
        <translation>CPL, %1</translation>
    </message>
    <message>
        <source>Cost per SQL, %1</source>
        <translation>Цена SQL, %1</translation>
    </message>
    <message>
        <source>Cost per deal, %1</source>
        <translation>Цена сделки, %1</translation>
    </message>
    <message>
        <source>ROMI, %</source>
        <translation>ROMI, %</translation>
    </message>
    <message>
        <source>Cycle, days (median)</source>
        <translation>Цикл, дн. (медиана)</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> из канала %1</translation>
    </message>
    <message>
        <source>Leads%1</source>
        <translation>Лиды%1</translation>
    </message>
    <message>
        <source>SQL%1</source>
        <translation>SQL%1</translation>
    </message>
    <message>
        <source>Deals in %1%2</source>
        <translation>Сделки в %1%2</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Есть контакт</translation>
    </message>
    <message>
        <source>Median, min</source>
        <translation>Медиана, мин</translation>
    </message>
    <message>
        <source>90th percentile, min</source>
        <translation>90-й процентиль, мин</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Leads of %1</source>
        <translation>Лиды менеджера %1</translation>
    </message>
    <message>
        <source>Contacted by %1</source>
        <translation>Есть контакт, менеджер %1</translation>
    </message>
    <message>
        <source>Contacted within SLA by %1</source>
        <translation>Контакт в срок SLA, менеджер %1</translation>
    </message>
    <message>
        <source>SQL of %1</source>
        <translation>SQL менеджера %1</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Chance of SQL, %</source>
        <translation>Шанс SQL, %</translation>
    </message>
    <message>
        <source>Chance of a deal, %</source>
        <translation>Шанс сделки, %</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (hot)</source>
        <translation>%1 (горячий)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Marketing &amp;spend…</source>
        <translation>&amp;Расходы на маркетинг…</translation>
    </message>
    <message>
        <source>Enter the spend per channel and month: CPL, cost per SQL and ROMI need it</source>
        <translation>Введите расходы по каналам и месяцам: они нужны для CPL, цены SQL и ROMI</translation>
    </message>
    <message>
        <source>The data has changed since these numbers were computed: View → Refresh (F5) computes them again.</source>
        <translation>Данные изменились после расчёта этих показателей: Вид → Обновить (F5) пересчитает их.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Time to first contact</source>
        <translation>Время до первого контакта</translation>
    </message>
    <message>
        <source>Leads by channel</source>
        <translation>Лиды по каналам</translation>
    </message>
    <message>
        <source>Channels compared</source>
        <translation>Сравнение каналов</translation>
    </message>
    <message>
        <source>Rejection reasons by channel</source>
        <translation>Причины отказа по каналам</translation>
    </message>
    <message>
        <source>Weekly trend</source>
        <translation>Динамика по неделям</translation>
    </message>
    <message>
        <source>Deal cycle by channel (median)</source>
        <translation>Цикл сделки по каналам (медиана)</translation>
    </message>
    <message>
        <source>Average deal by channel</source>
        <translation>Средний чек по каналам</translation>
    </message>
    <message>
        <source>Money and marketing spend by channel</source>
        <translation>Выручка и расходы на маркетинг по каналам</translation>
    </message>
    <message>
        <source>First contact by manager</source>
        <translation>Первый контакт по менеджерам</translation>
    </message>
    <message>
        <source>Source scores (all history)</source>
        <translation>Оценка источников (вся история)</translation>
    </message>
    <message>
        <source>Source scores: chance to become SQL and to be won, all history</source>
        <translation>Оценка источников: шанс стать SQL и выигранной сделкой, вся история</translation>
    </message>
    <message>
        <source>Export as PNG (%1 × %2)…</source>
        <translation>Экспорт в PNG (%1 × %2)…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Экспорт в SVG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Изображения SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation>Не удалось записать диаграмму в %1.</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the table to %1.</source>
        <translation>Не удалось записать таблицу в %1.</translation>
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
        <translation>(без канала)</translation>
    </message>
    <message>
        <source>Received
→ SQL</source>
        <translation>Получено
→ SQL</translation>
    </message>
    <message>
        <source>Received
→ won</source>
        <translation>Получено
→ выиграно</translation>
    </message>
    <message>
        <source>Within
SLA</source>
        <translation>В срок
SLA</translation>
    </message>
    <message>
        <source>Incomplete
data</source>
        <translation>Неполные
данные</translation>
    </message>
    <message>
        <source>Answered within SLA from %1</source>
        <translation>Ответ в срок SLA, канал %1</translation>
    </message>
</context>
<context>
    <name>LeadPact::DistributionPage</name>
    <message>
        <source>Distribute new unassigned leads au&amp;tomatically</source>
        <translation>Распределять новые лиды без владельца авто&amp;матически</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <source>New leads nobody has taken go to the ticked managers in turn, the most urgent first.</source>
        <translation>Новые лиды, которые никто не взял, по очереди получают отмеченные менеджеры — самые срочные первыми.</translation>
    </message>
    <message>
        <source>&amp;Managers on duty, in rotation order:</source>
        <translation>&amp;Дежурные менеджеры, в порядке очереди:</translation>
    </message>
</context>
<context>
    <name>LeadPact::FactsSlide</name>
    <message>
        <source>Top rejection reasons</source>
        <translation>Главные причины отказа</translation>
    </message>
    <message>
        <source>Facts of the week</source>
        <translation>Факты недели</translation>
    </message>
    <message>
        <source>Computing the week&apos;s numbers…</source>
        <translation>Считаем показатели недели…</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Прошлая неделя</translation>
    </message>
    <message>
        <source>4-week average</source>
        <translation>Среднее за 4 нед.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>No rejections this week.</source>
        <translation>На этой неделе отказов нет.</translation>
    </message>
</context>
<context>
    <name>LeadPact::FilterBar</name>
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Incomplete data only</source>
        <translation>Только &amp;неполные данные</translation>
    </message>
    <message>
        <source>Leads missing part of the minimum data: name, phone, channel</source>
        <translation>Лиды, у которых не хватает части минимальных данных: имени, телефона, канала</translation>
    </message>
    <message>
        <source>Search: name, company, e-mail, phone (Ctrl+F)</source>
        <translation>Поиск: имя, компания, e-mail, телефон (Ctrl+F)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <source>Open: new and in work</source>
        <translation>Открытые: новые и в работе</translation>
    </message>
    <message>
        <source>Rejected and disputed</source>
        <translation>Отклонённые и оспоренные</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Received from (inclusive)</source>
        <translation>Поступил с (включительно)</translation>
    </message>
    <message>
        <source>Received up to (inclusive)</source>
        <translation>Поступил по (включительно)</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>The list shows the leads behind a dashboard number. Click to go back to the filters.</source>
        <translation>В списке — лиды, из которых сложился показатель дашборда. Нажмите, чтобы вернуться к фильтрам.</translation>
    </message>
    <message>
        <source>Drill-down: %1  ✕</source>
        <translation>Детализация: %1  ✕</translation>
    </message>
    <message>
        <source>Drill-down: %1. Press to remove.</source>
        <translation>Детализация: %1. Нажмите, чтобы снять.</translation>
    </message>
</context>
<context>
    <name>LeadPact::FunnelChart</name>
    <message>
        <source>Conversion from the previous stage: %1</source>
        <translation>Конверсия из предыдущего этапа: %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Outside the funnel</source>
        <translation>Вне воронки</translation>
    </message>
    <message>
        <source>%1 (end to end: %2)</source>
        <translation>%1 (сквозная: %2)</translation>
    </message>
</context>
<context>
    <name>LeadPact::HolidayListEdit</name>
    <message>
        <source>&amp;Add</source>
        <translation>Доб&amp;авить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Праздничные дни</translation>
    </message>
    <message>
        <source>Holiday to add</source>
        <translation>Добавляемый праздничный день</translation>
    </message>
</context>
<context>
    <name>LeadPact::IdentityDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Кто вы?</translation>
    </message>
    <message>
        <source>Choose yourself. LeadPact remembers the choice; change it later with File → Switch user…</source>
        <translation>Выберите себя. LeadPact запомнит выбор; изменить его можно позже: Файл → Сменить пользователя…</translation>
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
        <translation>табуляция</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>точка с запятой (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>запятая (,)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>A CSV or TSV export of a web form, an ad platform or another CRM.</source>
        <translation>Выгрузка CSV или TSV из веб-формы, рекламной платформы или другой CRM.</translation>
    </message>
    <message>
        <source>Path to a .csv or .tsv file</source>
        <translation>Путь к файлу .csv или .tsv</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Автоопределение</translation>
    </message>
    <message>
        <source>New mapping (matched by column names)</source>
        <translation>Новое сопоставление (по названиям столбцов)</translation>
    </message>
    <message>
        <source>&amp;Load preset…</source>
        <translation>&amp;Загрузить шаблон…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Сопоставление:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Определено:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Загрузка лидов</translation>
    </message>
    <message>
        <source>CSV and TSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Файлы CSV и TSV (*.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Load a mapping preset</source>
        <translation>Загрузить шаблон сопоставления</translation>
    </message>
    <message>
        <source>Mapping presets (*.json)</source>
        <translation>Шаблоны сопоставления (*.json)</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Выберите файл, чтобы увидеть его содержимое.</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>автоопределение</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>выбрано вручную</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1 (%2), delimiter %3 (%4); %n data row(s) sampled, the file has %5.</source>
        <translation>
            <numerusform>Кодировка %1 (%2), разделитель %3 (%4); в выборке %n строка данных, размер файла %5.</numerusform>
            <numerusform>Кодировка %1 (%2), разделитель %3 (%4); в выборке %n строки данных, размер файла %5.</numerusform>
            <numerusform>Кодировка %1 (%2), разделитель %3 (%4); в выборке %n строк данных, размер файла %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns are matched to lead fields by their names; check them on the next page.</source>
        <translation>Столбцы сопоставлены с полями лида по названиям; проверьте их на следующей странице.</translation>
    </message>
    <message>
        <source>This file lacks the preset&apos;s column(s) %1: adjust the mapping on the next page.</source>
        <translation>В файле нет столбцов шаблона %1: исправьте сопоставление на следующей странице.</translation>
    </message>
</context>
<context>
    <name>LeadPact::ImportMappingPage</name>
    <message>
        <source>Detect from the file</source>
        <translation>Определить по файлу</translation>
    </message>
    <message>
        <source>ISO 8601 (2026-11-23T09:30:00)</source>
        <translation>ISO 8601 (2026-11-23T09:30:00)</translation>
    </message>
    <message>
        <source>Unix time (seconds since 1970)</source>
        <translation>Unix-время (секунды с 1970 г.)</translation>
    </message>
    <message>
        <source>Map the columns to lead fields</source>
        <translation>Сопоставьте столбцы с полями лида</translation>
    </message>
    <message>
        <source>Choose the lead field each column of the file fills; columns left on &quot;— skip —&quot; are not imported.</source>
        <translation>Выберите, какое поле лида заполняет каждый столбец файла; столбцы со значением «— пропустить —» не загружаются.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Example from the file</source>
        <translation>Пример из файла</translation>
    </message>
    <message>
        <source>Lead field</source>
        <translation>Поле лида</translation>
    </message>
    <message>
        <source>e.g. Site form</source>
        <translation>например, Форма на сайте</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>A new lead with the phone or e-mail of a lead that arrived this many days before or after it is a possible duplicate.</source>
        <translation>Новый лид считается возможным дублем, если лид с тем же телефоном или e-mail поступил не более чем за указанное число дней до или после него.</translation>
    </message>
    <message>
        <source>&amp;Save preset…</source>
        <translation>&amp;Сохранить шаблон…</translation>
    </message>
    <message>
        <source>Preset na&amp;me:</source>
        <translation>&amp;Имя шаблона:</translation>
    </message>
    <message>
        <source>&amp;Dates written as:</source>
        <translation>&amp;Формат дат:</translation>
    </message>
    <message>
        <source>&amp;Time zone of the file:</source>
        <translation>&amp;Часовой пояс файла:</translation>
    </message>
    <message>
        <source>&amp;Currency of amounts:</source>
        <translation>&amp;Валюта сумм:</translation>
    </message>
    <message>
        <source>Possible d&amp;uplicates within:</source>
        <translation>Возможные дубли в &amp;пределах:</translation>
    </message>
    <message>
        <source>Lead field for the column %1</source>
        <translation>Поле лида для столбца %1</translation>
    </message>
    <message>
        <source>— skip —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; pick one from the list, such as Europe/Moscow.</source>
        <translation>«%1» — не часовой пояс; выберите пояс из списка, например Europe/Moscow.</translation>
    </message>
    <message>
        <source>The currency needs its three-letter code, such as RUB.</source>
        <translation>Для валюты нужен трёхбуквенный код, например RUB.</translation>
    </message>
    <message>
        <source>The preset also maps %1, which this file does not have; those fields stay empty.</source>
        <translation>Шаблон сопоставляет также %1, а в этом файле таких столбцов нет; эти поля останутся пустыми.</translation>
    </message>
    <message>
        <source>Save the mapping preset</source>
        <translation>Сохранить шаблон сопоставления</translation>
    </message>
    <message>
        <source>Mapping presets (*.json)</source>
        <translation>Шаблоны сопоставления (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
</context>
<context>
    <name>LeadPact::ImportOptionsPage</name>
    <message>
        <source>Add &amp;new leads (a known external id updates its lead)</source>
        <translation>&amp;Добавлять новые лиды (лид с известным внешним ID обновляется)</translation>
    </message>
    <message>
        <source>&amp;Update existing leads by external id, with their outcomes (nothing is added)</source>
        <translation>&amp;Обновлять существующие лиды по внешнему ID, с исходами сделок (ничего не добавляется)</translation>
    </message>
    <message>
        <source>&amp;All or nothing: one unreadable row and nothing is imported</source>
        <translation>&amp;Всё или ничего: одна нечитаемая строка — и ничего не загружается</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows, report the rest</source>
        <translation>Загружать верные &amp;строки, об остальных сообщать</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Пробный прогон</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Try a dry run first: it does the whole import, shows the counts and changes nothing.</source>
        <translation>Начните с пробного прогона: он выполняет всю загрузку, показывает цифры и ничего не меняет.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <source>Keep them, flagged as possible duplicates</source>
        <translation>Сохранять с пометкой «возможный дубль»</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Пропускать</translation>
    </message>
    <message>
        <source>What the rows do</source>
        <translation>Что делают строки</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>Нечитаемые строки</translation>
    </message>
    <message>
        <source>Possible du&amp;plicates:</source>
        <translation>Возможные ду&amp;бли:</translation>
    </message>
    <message>
        <source>Dry run in progress…</source>
        <translation>Идёт пробный прогон…</translation>
    </message>
    <message>
        <source>Dry run cancelled. Nothing was changed.</source>
        <translation>Пробный прогон отменён. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Dry run: %1 Nothing was changed.</source>
        <translation>Пробный прогон: %1 Ничего не изменено.</translation>
    </message>
    <message>
        <source>The dry run failed: %1 Nothing was changed.</source>
        <translation>Пробный прогон не удался: %1 Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>новых: %n</numerusform>
            <numerusform>новых: %n</numerusform>
            <numerusform>новых: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>обновлено: %n</numerusform>
            <numerusform>обновлено: %n</numerusform>
            <numerusform>обновлено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>без изменений: %n</numerusform>
            <numerusform>без изменений: %n</numerusform>
            <numerusform>без изменений: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged incomplete</source>
        <translation>
            <numerusform>неполных: %n</numerusform>
            <numerusform>неполных: %n</numerusform>
            <numerusform>неполных: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s) kept</source>
        <translation>
            <numerusform>сохранено возможных дублей: %n</numerusform>
            <numerusform>сохранено возможных дублей: %n</numerusform>
            <numerusform>сохранено возможных дублей: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>пропущено: %n</numerusform>
            <numerusform>пропущено: %n</numerusform>
            <numerusform>пропущено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) applied</source>
        <translation>
            <numerusform>применено исходов сделок: %n</numerusform>
            <numerusform>применено исходов сделок: %n</numerusform>
            <numerusform>применено исходов сделок: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) created</source>
        <translation>
            <numerusform>создано ответственных: %n</numerusform>
            <numerusform>создано ответственных: %n</numerusform>
            <numerusform>создано ответственных: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>отклонено: %n</numerusform>
            <numerusform>отклонено: %n</numerusform>
            <numerusform>отклонено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: %1.</source>
        <translation>
            <numerusform>Прочитана %n строка: %1.</numerusform>
            <numerusform>Прочитаны %n строки: %1.</numerusform>
            <numerusform>Прочитано %n строк: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All or nothing: the rejected rows stopped the import.</source>
        <translation>Всё или ничего: отклонённые строки остановили загрузку.</translation>
    </message>
    <message>
        <source>All or nothing: as it stands, the rejected rows would stop the import; fix them or import the valid rows.</source>
        <translation>Всё или ничего: сейчас отклонённые строки остановят загрузку; исправьте их или загрузите только верные строки.</translation>
    </message>
    <message numerus="yes">
        <source>%n attributed to campaigns</source>
        <translation>
            <numerusform>отнесено к кампаниям: %n</numerusform>
            <numerusform>отнесено к кампаниям: %n</numerusform>
            <numerusform>отнесено к кампаниям: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadPact::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>The first rows as they would be stored. Red cells cannot be read (hover for the reason); yellow rows would be imported flagged incomplete.</source>
        <translation>Первые строки в том виде, в каком они будут сохранены. Красные ячейки не читаются (причина — во всплывающей подсказке); жёлтые строки будут загружены с пометкой «неполные данные».</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>The row&apos;s number in the file (the header is row 1)</source>
        <translation>Номер записи в файле (заголовок — запись 1)</translation>
    </message>
    <message>
        <source>From the column &quot;%1&quot;</source>
        <translation>Из столбца «%1»</translation>
    </message>
    <message>
        <source>%1 ✖</source>
        <translation>%1 ✖</translation>
    </message>
    <message>
        <source>This row would be rejected: %1</source>
        <translation>Эта строка будет отклонена: %1</translation>
    </message>
    <message>
        <source>%1 incomplete</source>
        <translation>%1 неполная</translation>
    </message>
    <message>
        <source>Imported, flagged incomplete: no %1</source>
        <translation>Будет загружена с пометкой «неполные данные», не хватает: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>Показана %n строка</numerusform>
            <numerusform>Показаны %n строки</numerusform>
            <numerusform>Показано %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would be rejected</source>
        <translation>
            <numerusform>будет отклонено: %n</numerusform>
            <numerusform>будет отклонено: %n</numerusform>
            <numerusform>будет отклонено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete</source>
        <translation>
            <numerusform>неполных: %n</numerusform>
            <numerusform>неполных: %n</numerusform>
            <numerusform>неполных: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates read as %1 (%2); times shown in %3.</source>
        <translation>Даты прочитаны как %1 (%2); время показано в поясе %3.</translation>
    </message>
</context>
<context>
    <name>LeadPact::ImportRunPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Отменить загрузку</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Cancelling leaves the database exactly as it was.</source>
        <translation>После отмены база данных останется в точности такой, какой была.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>%1 of %2 read.</source>
        <translation>Прочитано %1 из %2.</translation>
    </message>
    <message>
        <source>Cancelling: rolling back…</source>
        <translation>Отмена: откат изменений…</translation>
    </message>
</context>
<context>
    <name>LeadPact::ImportSummaryPage</name>
    <message>
        <source>Rows read:</source>
        <translation>Прочитано строк:</translation>
    </message>
    <message>
        <source>New leads:</source>
        <translation>Новых лидов:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Обновлено:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Без изменений:</translation>
    </message>
    <message>
        <source>Flagged incomplete:</source>
        <translation>Неполных:</translation>
    </message>
    <message>
        <source>Possible duplicates kept:</source>
        <translation>Сохранено возможных дублей:</translation>
    </message>
    <message>
        <source>Possible duplicates skipped:</source>
        <translation>Пропущено возможных дублей:</translation>
    </message>
    <message>
        <source>Outcomes applied:</source>
        <translation>Применено исходов сделок:</translation>
    </message>
    <message>
        <source>Owners created:</source>
        <translation>Создано ответственных:</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Отклонено строк:</translation>
    </message>
    <message>
        <source>&amp;Save error report (CSV)…</source>
        <translation>&amp;Сохранить отчёт об ошибках (CSV)…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>What the import did.</source>
        <translation>Результат загрузки.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>The import could not run: %1 Nothing was changed.</source>
        <translation>Загрузку не удалось выполнить: %1 Ничего не изменено.</translation>
    </message>
    <message>
        <source>Committed: the leads of %1 are saved.</source>
        <translation>Готово: лиды из %1 сохранены.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed, the database is as it was.</source>
        <translation>Отменено: ничего не изменено, база данных осталась прежней.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n row(s) could not be read, and the import is all or nothing. Fix them, or choose to import the valid rows.</source>
        <translation>
            <numerusform>Ничего не изменено: не удалось прочитать %n строку, а загрузка идёт по принципу «всё или ничего». Исправьте ошибки или выберите загрузку верных строк.</numerusform>
            <numerusform>Ничего не изменено: не удалось прочитать %n строки, а загрузка идёт по принципу «всё или ничего». Исправьте ошибки или выберите загрузку верных строк.</numerusform>
            <numerusform>Ничего не изменено: не удалось прочитать %n строк, а загрузка идёт по принципу «всё или ничего». Исправьте ошибки или выберите загрузку верных строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>Сохранить отчёт об ошибках</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>Attributed to campaigns:</source>
        <translation>Отнесено к кампаниям:</translation>
    </message>
</context>
<context>
    <name>LeadPact::ImportWizard</name>
    <message>
        <source>Import leads</source>
        <translation>Загрузка лидов</translation>
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
        <translation>Контакт до:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Компания:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Поступил:</translation>
    </message>
    <message>
        <source>Missing data:</source>
        <translation>Не хватает:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Кампания:</translation>
    </message>
    <message>
        <source>Landing page:</source>
        <translation>Лендинг:</translation>
    </message>
    <message>
        <source>UTM:</source>
        <translation>UTM:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>Лид не выбран</translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation>%1 (№ %2)</translation>
    </message>
    <message>
        <source>Name not given</source>
        <translation>Имя не указано</translation>
    </message>
    <message>
        <source>%1 (as received: %2)</source>
        <translation>%1 (исходный: %2)</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Отклонён: %1</translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation>Оспорен: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Проигран: %1</translation>
    </message>
    <message>
        <source>Won: %1 %2</source>
        <translation>Выигран: %1 %2</translation>
    </message>
    <message>
        <source>%1, first contact %2</source>
        <translation>%1, первый контакт: %2</translation>
    </message>
    <message>
        <source>Declared monthly revenue:</source>
        <translation>Заявленная выручка в месяц:</translation>
    </message>
    <message>
        <source>Possible duplicate of:</source>
        <translation>Возможный дубль:</translation>
    </message>
    <message>
        <source>Won on %1, amount unknown</source>
        <translation>Выигран %1, сумма неизвестна</translation>
    </message>
    <message>
        <source>lead No. %1</source>
        <translation>лид № %1</translation>
    </message>
    <message>
        <source>Campaign &amp;card…</source>
        <translation>&amp;Карточка кампании…</translation>
    </message>
    <message>
        <source>What the campaign promised the client, its promo code, dates and documents</source>
        <translation>Что кампания обещала клиенту, её промокод, даты и документы</translation>
    </message>
    <message>
        <source>Promo code:</source>
        <translation>Промокод:</translation>
    </message>
</context>
<context>
    <name>LeadPact::LeadExportDialog</name>
    <message>
        <source>Export leads</source>
        <translation>Выгрузка лидов</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8</source>
        <translation>CSV для Excel, UTF-8</translation>
    </message>
    <message>
        <source>CSV for older Excel, Windows-1251</source>
        <translation>CSV для старых версий Excel, Windows-1251</translation>
    </message>
    <message>
        <source>Times in your time zone: %1.</source>
        <translation>Время — в вашем часовом поясе: %1.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
        <source>&amp;Stop export</source>
        <translation>&amp;Остановить выгрузку</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>leads-%1</source>
        <translation>leads-%1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>Остановка выгрузки…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>The export failed: %1 No file was written.</source>
        <translation>Выгрузка не удалась: %1 Файл не записан.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) of the list as it is filtered now, in its order.</source>
        <translation>
            <numerusform>%Ln лид из списка с текущими фильтрами, в том же порядке.</numerusform>
            <numerusform>%Ln лида из списка с текущими фильтрами, в том же порядке.</numerusform>
            <numerusform>%Ln лидов из списка с текущими фильтрами, в том же порядке.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to:</source>
        <translation>Выгрузка в файл:</translation>
    </message>
    <message>
        <source>Export stopped; this file was not written:</source>
        <translation>Выгрузка остановлена, файл не записан:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) written to:</source>
        <translation>
            <numerusform>Выгружен %Ln лид в файл:</numerusform>
            <numerusform>Выгружено %Ln лида в файл:</numerusform>
            <numerusform>Выгружено %Ln лидов в файл:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadPact::LeadTableModel</name>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>Minimum data missing: %1</source>
        <translation>Не хватает минимальных данных: %1</translation>
    </message>
    <message>
        <source>As received: %1</source>
        <translation>Исходный номер: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>Пользователь №%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступил</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>First contact due</source>
        <translation>Контакт до</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <source>When the lead arrived, in your time zone</source>
        <translation>Когда поступил лид (в вашем часовом поясе)</translation>
    </message>
    <message>
        <source>The SLA deadline for the first contact, in your time zone</source>
        <translation>Срок первого контакта по SLA (в вашем часовом поясе)</translation>
    </message>
    <message>
        <source>Minimum data marketing owes sales: name, phone, channel</source>
        <translation>Минимальные данные, которые маркетинг передаёт продажам: имя, телефон, канал</translation>
    </message>
    <message>
        <source>%1, first contact due %2</source>
        <translation>%1, срок первого контакта — %2</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Time left to the first contact, or whether it was made in time</source>
        <translation>Сколько осталось до первого контакта или был ли он в срок</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 % of leads become SQL, %3 % are won (all sources: %4 % SQL; %n lead(s) of history)</source>
        <translation>
            <numerusform>%1: %2 % лидов становятся SQL, %3 % — сделками (по всем источникам: %4 % SQL; в истории %n лид)</numerusform>
            <numerusform>%1: %2 % лидов становятся SQL, %3 % — сделками (по всем источникам: %4 % SQL; в истории %n лида)</numerusform>
            <numerusform>%1: %2 % лидов становятся SQL, %3 % — сделками (по всем источникам: %4 % SQL; в истории %n лидов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hot source. %1</source>
        <translation>Горячий источник. %1</translation>
    </message>
</context>
<context>
    <name>LeadPact::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About LeadPact</source>
        <translation>&amp;О программе LeadPact</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Another LeadPact holds this database for writing: you can look, not change.</source>
        <translation>Эту базу данных открыл на запись другой экземпляр LeadPact: смотреть можно, изменять нельзя.</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation>Чтение и запись</translation>
    </message>
    <message>
        <source>Leads: %1</source>
        <translation>Лидов: %1</translation>
    </message>
    <message>
        <source>An agreed SLA between marketing and sales: every lead contacted in time, every rejection with a reason, one set of numbers for both.</source>
        <translation>Согласованный SLA между маркетингом и продажами: каждому лиду — контакт в срок, каждому отказу — причина, одни цифры для обеих сторон.</translation>
    </message>
    <message>
        <source>License: %1.</source>
        <translation>Лицензия: %1.</translation>
    </message>
    <message>
        <source>LeadPact comes with absolutely no warranty.</source>
        <translation>LeadPact предоставляется без каких-либо гарантий.</translation>
    </message>
    <message>
        <source>About LeadPact</source>
        <translation>О программе LeadPact</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Сменить пользователя…</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Лид</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Mute alerts</source>
        <translation>Отключить &amp;уведомления</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Working as %1; File → Switch user… to change</source>
        <translation>Вы работаете как %1; сменить: Файл → Сменить пользователя…</translation>
    </message>
    <message>
        <source>&amp;Team settings…</source>
        <translation>&amp;Настройки команды…</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Дашборд</translation>
    </message>
    <message>
        <source>&amp;Lead list</source>
        <translation>&amp;Список лидов</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Дашборд</translation>
    </message>
    <message>
        <source>&amp;Weekly meeting</source>
        <translation>Еженедельная &amp;планёрка</translation>
    </message>
    <message>
        <source>Dail&amp;y status report…</source>
        <translation>Е&amp;жедневный отчёт…</translation>
    </message>
    <message>
        <source>Leads: %1+</source>
        <translation>Лидов: %1+</translation>
    </message>
    <message>
        <source>Only marketing, the head of sales and admin import leads.</source>
        <translation>Загружать лиды могут только маркетинг, руководитель отдела продаж и администратор.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>База данных открыта только для чтения.</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>&amp;Загрузить лиды…</translation>
    </message>
    <message>
        <source>&amp;Export leads…</source>
        <translation>&amp;Выгрузить лиды…</translation>
    </message>
    <message>
        <source>Export the leads the list shows to Excel or CSV</source>
        <translation>Выгрузить лиды из списка в Excel или CSV</translation>
    </message>
</context>
<context>
    <name>LeadPact::MeetingCharts</name>
    <message>
        <source>Leads received</source>
        <translation>Получено лидов</translation>
    </message>
    <message>
        <source>Leads processed</source>
        <translation>Обработано лидов</translation>
    </message>
    <message>
        <source>Within the SLA, %</source>
        <translation>В срок SLA, %</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>SLA, %</source>
        <translation>SLA, %</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <source>Rejected leads</source>
        <translation>Отклонённые лиды</translation>
    </message>
</context>
<context>
    <name>LeadPact::MeetingDocument</name>
    <message>
        <source>Weekly meeting %1</source>
        <translation>Планёрка недели %1</translation>
    </message>
    <message>
        <source>LeadPact · weekly meeting · printed %1 · page %2</source>
        <translation>LeadPact · еженедельная планёрка · напечатано %1 · стр. %2</translation>
    </message>
    <message>
        <source>Best deal of the week</source>
        <translation>Лучшая сделка недели</translation>
    </message>
    <message>
        <source>Facts of the week</source>
        <translation>Факты недели</translation>
    </message>
    <message>
        <source>Top 3 problems</source>
        <translation>Топ-3 проблемы</translation>
    </message>
    <message>
        <source>No problems found by the rules, none written down.</source>
        <translation>Правила не нашли проблем, вручную тоже ничего не записано.</translation>
    </message>
    <message>
        <source>Proposed by the rules; not yet saved for this week.</source>
        <translation>Предложено правилами; для этой недели ещё не сохранено.</translation>
    </message>
    <message>
        <source>Ideas to test</source>
        <translation>Идеи для проверки</translation>
    </message>
    <message>
        <source>No ideas yet.</source>
        <translation>Идей пока нет.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>No deal was won this week</source>
        <translation>На этой неделе выигранных сделок нет</translation>
    </message>
    <message>
        <source>Every week starts from zero: the leads in work now are next week&apos;s best deal.</source>
        <translation>Каждая неделя начинается с нуля: лиды, которые сейчас в работе, — это лучшая сделка следующей недели.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Deal cycle</source>
        <translation>Цикл сделки</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Прошлая неделя</translation>
    </message>
    <message>
        <source>4-week average</source>
        <translation>Среднее за 4 нед.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Top rejection reasons</source>
        <translation>Главные причины отказа</translation>
    </message>
    <message>
        <source>Six weeks</source>
        <translation>Шесть недель</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Задач пока нет.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>carried over from %1</source>
        <translation>перенесена с недели %1</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, просрочена</translation>
    </message>
    <message>
        <source>Notes of the meeting</source>
        <translation>Заметки планёрки</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Заметок пока нет.</translation>
    </message>
</context>
<context>
    <name>LeadPact::MeetingSession</name>
    <message>
        <source>Problem of %2: %1</source>
        <extracomment>the lead list&apos;s filter description: %1 is the problem&apos;s text, %2 the ISO week</extracomment>
        <translation>Проблема недели %2: %1</translation>
    </message>
</context>
<context>
    <name>LeadPact::MeetingWindow</name>
    <message>
        <source>LeadPact — weekly meeting</source>
        <translation>LeadPact — еженедельная планёрка</translation>
    </message>
    <message>
        <source>The week the meeting reviews</source>
        <translation>Неделя, которую разбирает планёрка</translation>
    </message>
    <message>
        <source>Previous slide (Left, PgUp)</source>
        <translation>Предыдущий слайд (←, PgUp)</translation>
    </message>
    <message>
        <source>Next slide (Right, PgDn)</source>
        <translation>Следующий слайд (→, PgDn)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the meeting as PDF (Ctrl+E)</source>
        <translation>Сохранить планёрку в PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the meeting (Ctrl+P)</source>
        <translation>Распечатать планёрку (Ctrl+P)</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Leave the meeting (Esc)</source>
        <translation>Выйти из режима планёрки (Esc)</translation>
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
        <translation>Сохранить планёрку в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Weekly meeting %1</source>
        <translation>Планёрка недели %1</translation>
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
        <translation>Нажмите, чтобы показать эти лиды</translation>
    </message>
</context>
<context>
    <name>LeadPact::NotesSlide</name>
    <message>
        <source>Add a problem</source>
        <translation>Добавить проблему</translation>
    </message>
    <message>
        <source>Add an idea</source>
        <translation>Добавить идею</translation>
    </message>
    <message>
        <source>What hurt sales or marketing this week</source>
        <translation>Что мешало продажам или маркетингу на этой неделе</translation>
    </message>
    <message>
        <source>A channel, an offer or a segment to try</source>
        <translation>Канал, предложение или сегмент, которые стоит попробовать</translation>
    </message>
    <message>
        <source>The number behind it</source>
        <translation>Цифра, которая это подтверждает</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Top 3 problems</source>
        <translation>Топ-3 проблемы</translation>
    </message>
    <message>
        <source>Ideas to test</source>
        <translation>Идеи для проверки</translation>
    </message>
    <message>
        <source>Computing the week&apos;s numbers: the rules&apos; problems follow…</source>
        <translation>Считаем показатели недели: проблемы по правилам появятся следом…</translation>
    </message>
    <message>
        <source>No problems found by the rules, none written down.</source>
        <translation>Правила не нашли проблем, вручную тоже ничего не записано.</translation>
    </message>
    <message>
        <source>No ideas yet.</source>
        <translation>Идей пока нет.</translation>
    </message>
    <message>
        <source>Proposed by the rules; not yet saved for this week.</source>
        <translation>Предложено правилами; для этой недели ещё не сохранено.</translation>
    </message>
    <message>
        <source>Show leads</source>
        <translation>Показать лиды</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Anything the meeting wants to remember</source>
        <translation>Всё, что планёрке стоит запомнить</translation>
    </message>
    <message>
        <source>Notes of the meeting</source>
        <translation>Заметки планёрки</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Заметок пока нет.</translation>
    </message>
</context>
<context>
    <name>LeadPact::PagePainter</name>
    <message>
        <source>Could not start drawing the pages.</source>
        <translation>Не удалось начать отрисовку страниц.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>LeadPact::QualifySection</name>
    <message>
        <source>&amp;Need confirmed</source>
        <translation>&amp;Потребность подтверждена</translation>
    </message>
    <message>
        <source>&amp;Budget confirmed</source>
        <translation>&amp;Бюджет подтверждён</translation>
    </message>
    <message>
        <source>&amp;Decision-maker confirmed</source>
        <translation>&amp;ЛПР подтверждён</translation>
    </message>
    <message>
        <source>optional, e.g. 150 000</source>
        <translation>необязательно, например 150 000</translation>
    </message>
    <message>
        <source>SQL checklist:</source>
        <translation>Чек-лист SQL:</translation>
    </message>
    <message>
        <source>E&amp;xpected amount:</source>
        <translation>&amp;Ожидаемая сумма:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>The expected amount &quot;%1&quot; is not a number.</source>
        <translation>Ожидаемая сумма &quot;%1&quot; — не число.</translation>
    </message>
</context>
<context>
    <name>LeadPact::QueueView</name>
    <message>
        <source>Lead queue</source>
        <translation>Очередь лидов</translation>
    </message>
</context>
<context>
    <name>LeadPact::ReasonPicker</name>
    <message>
        <source>Type to search reasons</source>
        <translation>Поиск по причинам</translation>
    </message>
</context>
<context>
    <name>LeadPact::ReasonSection</name>
    <message>
        <source>&amp;Rejection reason:</source>
        <translation>&amp;Причина отказа:</translation>
    </message>
    <message>
        <source>&amp;Loss reason:</source>
        <translation>&amp;Причина проигрыша:</translation>
    </message>
    <message>
        <source>&amp;Comment (required for this reason):</source>
        <translation>&amp;Комментарий (обязателен для этой причины):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>Choose a reason in the list.</source>
        <translation>Выберите причину в списке.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; needs a comment as proof: type it in the box.</source>
        <translation>Причина «%1» требует комментария-подтверждения: введите его в поле.</translation>
    </message>
</context>
<context>
    <name>LeadPact::ReasonTableModel</name>
    <message>
        <source>required</source>
        <translation>обязателен</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Russian title</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лидов</translation>
    </message>
</context>
<context>
    <name>LeadPact::ReassignDialog</name>
    <message>
        <source>lead %1</source>
        <translation>лид %1</translation>
    </message>
    <message>
        <source>Reassign — %1</source>
        <translation>Переназначить — %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>пользователь №%1</translation>
    </message>
    <message>
        <source>%1 (current owner, not available)</source>
        <translation>%1 (текущий ответственный, недоступен)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>&amp;Переназначить</translation>
    </message>
</context>
<context>
    <name>LeadPact::ReviewSection</name>
    <message>
        <source>Rejection reason:</source>
        <translation>Причина отказа:</translation>
    </message>
    <message>
        <source>Manager&apos;s comment:</source>
        <translation>Комментарий менеджера:</translation>
    </message>
    <message>
        <source>Marketing&apos;s dispute:</source>
        <translation>Возражение маркетинга:</translation>
    </message>
    <message>
        <source>&amp;Why is the lead a target one (required):</source>
        <translation>&amp;Почему лид целевой (обязательно):</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Комментарий (необязательно):</translation>
    </message>
</context>
<context>
    <name>LeadPact::SettingsDialog</name>
    <message>
        <source>Team settings</source>
        <translation>Настройки команды</translation>
    </message>
    <message>
        <source>&amp;SLA policy</source>
        <translation>&amp;Политика SLA</translation>
    </message>
    <message>
        <source>&amp;Lead distribution</source>
        <translation>&amp;Распределение лидов</translation>
    </message>
</context>
<context>
    <name>LeadPact::SlaChart</name>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
</context>
<context>
    <name>LeadPact::SlaPolicyPage</name>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;First contact within:</source>
        <translation>Первый &amp;контакт в течение:</translation>
    </message>
    <message>
        <source>&amp;Due soon when left:</source>
        <translation>Пр&amp;едупреждать за:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Minutes count in working time only. A change applies to leads arriving after it; deadlines already given stay as they are.</source>
        <translation>Минуты считаются только в рабочее время. Изменение действует для лидов, поступивших после него; уже назначенные сроки не меняются.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Рабочие часы</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Праздничные дни</translation>
    </message>
</context>
<context>
    <name>LeadPact::SpendDialog</name>
    <message>
        <source>Marketing spend, %1</source>
        <translation>Расходы на маркетинг, %1</translation>
    </message>
    <message>
        <source>Spend per channel and month in %1. Leave a cell empty when nothing was entered; 0 means nothing was spent.</source>
        <translation>Расходы по каналам и месяцам в %1. Если данных нет, оставьте ячейку пустой; 0 означает, что расходов не было.</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not an amount.</source>
        <translation>%1, %2: &quot;%3&quot; — не сумма.</translation>
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
        <translation>Поступил (%1)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступил</translation>
    </message>
    <message>
        <source>Reassigned: %1 → %2</source>
        <translation>Переназначен: %1 → %2</translation>
    </message>
    <message>
        <source>Undone: the previous change</source>
        <translation>Отменено: предыдущее изменение</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <source>Data edited: %1</source>
        <translation>Изменены данные: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>Пользователь №%1</translation>
    </message>
    <message>
        <source>Reason #%1</source>
        <translation>Причина №%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
</context>
<context>
    <name>LeadPact::TransitionDialog</name>
    <message>
        <source>lead %1</source>
        <translation>лид %1</translation>
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
        <translation>например, 150 000,00</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Дата оплаты:</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not a number.</source>
        <translation>Сумма &quot;%1&quot; — не число.</translation>
    </message>
</context>
<context>
    <name>LeadPact::WorkHoursEdit</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>%1: start</source>
        <translation>%1: начало</translation>
    </message>
    <message>
        <source>%1: end</source>
        <translation>%1: конец</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>Incomplete minimum data, missing: %1</source>
        <translation>Неполные минимальные данные, не хватает: %1</translation>
    </message>
    <message>
        <source>A user with the role &quot;%1&quot; may not reassign leads (user %2).</source>
        <translation>Пользователь с ролью «%1» не может переназначать лиды (пользователь %2).</translation>
    </message>
    <message>
        <source>Lead %1 can only be given to an active sales manager (field &quot;owner&quot;).</source>
        <translation>Лид %1 можно передать только активному менеджеру по продажам (поле &quot;owner&quot;).</translation>
    </message>
    <message>
        <source>There is no change with id %1 to undo.</source>
        <translation>Нет изменения с id %1, которое можно отменить.</translation>
    </message>
    <message>
        <source>Only a status change or a reassignment can be undone.</source>
        <translation>Отменить можно только смену статуса или переназначение.</translation>
    </message>
    <message>
        <source>Only the author of a change may undo it (user %1).</source>
        <translation>Отменить изменение может только его автор (пользователь %1).</translation>
    </message>
    <message numerus="yes">
        <source>A change can be undone within %n second(s) only.</source>
        <translation>
            <numerusform>Изменение можно отменить только в течение %n секунды.</numerusform>
            <numerusform>Изменение можно отменить только в течение %n секунд.</numerusform>
            <numerusform>Изменение можно отменить только в течение %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1 has changed since; this change can no longer be undone.</source>
        <translation>Лид %1 с тех пор изменился; это изменение больше нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>In work</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Qualified (SQL)</source>
        <translation>Квалифицирован (SQL)</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выигран</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проигран</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Оспорен</translation>
    </message>
</context>
<context>
    <name>LeadWorkflow</name>
    <message>
        <source>A lead cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Лид не может перейти из статуса «%1» в статус «%2».</translation>
    </message>
    <message>
        <source>A rejection needs a reason from the catalog (field &quot;reason&quot;). Active reasons: %1.</source>
        <translation>Для отказа нужна причина из каталога (поле &quot;reason&quot;). Активные причины: %1.</translation>
    </message>
    <message>
        <source>A lost deal needs a loss reason from the catalog (field &quot;reason&quot;). Active reasons: %1.</source>
        <translation>Для проигранной сделки нужна причина проигрыша из каталога (поле &quot;reason&quot;). Активные причины: %1.</translation>
    </message>
    <message>
        <source>Reason &quot;%1&quot; is not in the catalog (field &quot;reason&quot;). Active reasons: %2.</source>
        <translation>Причины &quot;%1&quot; нет в каталоге (поле &quot;reason&quot;). Активные причины: %2.</translation>
    </message>
    <message>
        <source>Reason &quot;%1&quot; is archived and cannot be chosen any more (field &quot;reason&quot;).</source>
        <translation>Причина &quot;%1&quot; перенесена в архив, её больше нельзя выбрать (поле &quot;reason&quot;).</translation>
    </message>
    <message>
        <source>Reason &quot;%1&quot; requires a comment as proof (field &quot;comment&quot;).</source>
        <translation>Для причины «%1» нужен комментарий с подтверждением (поле &quot;comment&quot;).</translation>
    </message>
    <message>
        <source>The contact time is missing (field &quot;contact_at&quot;).</source>
        <translation>Не указано время контакта (поле &quot;contact_at&quot;).</translation>
    </message>
    <message>
        <source>The contact time %1 is before the lead arrived at %2 (field &quot;contact_at&quot;).</source>
        <translation>Время контакта %1 раньше поступления лида в %2 (поле &quot;contact_at&quot;).</translation>
    </message>
    <message>
        <source>The contact time %1 is in the future (field &quot;contact_at&quot;).</source>
        <translation>Время контакта %1 ещё не наступило (поле &quot;contact_at&quot;).</translation>
    </message>
    <message>
        <source>need</source>
        <translation>потребность</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>бюджет</translation>
    </message>
    <message>
        <source>decision-maker</source>
        <translation>ЛПР</translation>
    </message>
    <message>
        <source>A lead becomes SQL only when need, budget and decision-maker are all confirmed; not confirmed: %1.</source>
        <translation>Лид становится SQL, только когда подтверждены потребность, бюджет и ЛПР; не подтверждено: %1.</translation>
    </message>
    <message>
        <source>The expected amount cannot be negative (field &quot;amount&quot;).</source>
        <translation>Ожидаемая сумма не может быть отрицательной (поле &quot;amount&quot;).</translation>
    </message>
    <message>
        <source>A dispute must say why the lead is a target one (field &quot;comment&quot;).</source>
        <translation>Оспаривая отказ, укажите, почему лид целевой (поле &quot;comment&quot;).</translation>
    </message>
    <message>
        <source>A won deal needs a positive amount (field &quot;amount&quot;).</source>
        <translation>Для выигранной сделки нужна положительная сумма (поле &quot;amount&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter ISO 4217 currency code (field &quot;currency&quot;).</source>
        <translation>&quot;%1&quot; — не трёхбуквенный код валюты ISO 4217 (поле &quot;currency&quot;).</translation>
    </message>
    <message>
        <source>A won deal needs its payment date (field &quot;paid_on&quot;).</source>
        <translation>Для выигранной сделки нужна дата оплаты (поле &quot;paid_on&quot;).</translation>
    </message>
    <message>
        <source>The payment date %1 is before the lead arrived (field &quot;paid_on&quot;).</source>
        <translation>Дата оплаты %1 раньше поступления лида (поле &quot;paid_on&quot;).</translation>
    </message>
    <message>
        <source>The payment date %1 is in the future (field &quot;paid_on&quot;).</source>
        <translation>Дата оплаты %1 ещё не наступила (поле &quot;paid_on&quot;).</translation>
    </message>
    <message>
        <source>The lead is already &quot;%1&quot;.</source>
        <translation>Лид уже в статусе «%1».</translation>
    </message>
</context>
<context>
    <name>MeetingFormat</name>
    <message>
        <source>%1 pp</source>
        <extracomment>percentage points</extracomment>
        <translation>%1 п.п.</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>read the meeting notes</source>
        <translation>прочитать заметки планёрки</translation>
    </message>
    <message>
        <source>save a meeting note</source>
        <translation>сохранить заметку планёрки</translation>
    </message>
    <message>
        <source>remove a meeting note</source>
        <translation>удалить заметку планёрки</translation>
    </message>
    <message>
        <source>read the action items</source>
        <translation>прочитать задачи</translation>
    </message>
    <message>
        <source>save an action item</source>
        <translation>сохранить задачу</translation>
    </message>
    <message>
        <source>record a meeting change</source>
        <translation>записать изменение планёрки</translation>
    </message>
    <message>
        <source>read the meeting log</source>
        <translation>прочитать журнал планёрки</translation>
    </message>
</context>
<context>
    <name>MeetingService</name>
    <message>
        <source>Only the head of sales, marketing or an administrator may edit the meeting notes (user %1 is &quot;%2&quot;).</source>
        <translation>Редактировать заметки планёрки может только руководитель отдела продаж, маркетинг или администратор (пользователь %1 — «%2»).</translation>
    </message>
    <message>
        <source>There is no meeting note %1.</source>
        <translation>Заметка планёрки %1 не найдена.</translation>
    </message>
    <message>
        <source>There is no action item %1.</source>
        <translation>Задача %1 не найдена.</translation>
    </message>
    <message>
        <source>The text is empty (field &quot;%1&quot;).</source>
        <translation>Текст пуст (поле &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The text is %1 characters long; at most %2 fit (field &quot;%3&quot;).</source>
        <translation>Длина текста — %1 симв., допустимо не больше %2 (поле &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>No meeting week was given (field &quot;week&quot;).</source>
        <translation>Не указана неделя планёрки (поле &quot;week&quot;).</translation>
    </message>
    <message>
        <source>Action item %1 was agreed in %2 and cannot be closed in an earlier week (%3).</source>
        <translation>Задача %1 согласована на неделе %2, её нельзя закрыть на более ранней неделе (%3).</translation>
    </message>
</context>
<context>
    <name>MeetingSnapshot</name>
    <message>
        <source>nobody</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>пользователь №%1</translation>
    </message>
    <message>
        <source>Week %1 (%2 – %3)</source>
        <extracomment>%1 is an ISO week (&quot;2026-W47&quot;), %2 and %3 its Monday and Sunday</extracomment>
        <translation>Неделя %1 (%2 – %3)</translation>
    </message>
</context>
<context>
    <name>MetricsQuery</name>
    <message>
        <source>A period needs both its first and its last day (fields &quot;from&quot; and &quot;to&quot;).</source>
        <translation>Для периода нужны и первый, и последний день (поля &quot;from&quot; и &quot;to&quot;).</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2 (fields &quot;from&quot; and &quot;to&quot;).</source>
        <translation>Конец периода (%1) раньше его начала (%2) (поля &quot;from&quot; и &quot;to&quot;).</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database %1 has schema version %2, newer than this LeadPact knows (%3). Update LeadPact.</source>
        <translation>У базы данных %1 версия схемы %2 — новее, чем знает эта версия LeadPact (%3). Обновите LeadPact.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 and needs version %3; open it for writing once to migrate it (leadpact-cli init).</source>
        <translation>У базы данных %1 версия схемы %2, а нужна версия %3; откройте её один раз на запись, чтобы выполнить миграцию (leadpact-cli init).</translation>
    </message>
    <message>
        <source>Migration to schema version %1 (%2) failed and was rolled back; the database stays at version %3: %4</source>
        <translation>Миграция на версию схемы %1 (%2) не удалась и была отменена; база данных осталась на версии %3: %4</translation>
    </message>
    <message>
        <source>%1 is not a LeadPact database yet; create it with leadpact-cli init.</source>
        <translation>%1 ещё не является базой данных LeadPact; создайте её командой leadpact-cli init.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, this LeadPact needs %3; run leadpact-cli init to migrate it.</source>
        <translation>У базы данных %1 версия схемы %2, а этой версии LeadPact нужна %3; выполните миграцию командой leadpact-cli init.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>User %1 is deactivated and may not change leads.</source>
        <translation>Пользователь %1 деактивирован и не может изменять лиды.</translation>
    </message>
    <message>
        <source>A user with the role &quot;%1&quot; may not perform &quot;%2&quot; (user %3).</source>
        <translation>Пользователь с ролью «%1» не может выполнять действие «%2» (пользователь %3).</translation>
    </message>
    <message>
        <source>Lead %1 belongs to another manager; %2 may not perform &quot;%3&quot; on it.</source>
        <translation>Лид %1 закреплён за другим менеджером; %2 не может выполнить с ним действие «%3».</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>&quot;%1&quot; is not a valid phone number.</source>
        <translation>&quot;%1&quot; — некорректный номер телефона.</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <source>Only an administrator or the head of sales may change the SLA policy (user %1 is &quot;%2&quot;).</source>
        <translation>Изменять политику SLA может только администратор или руководитель отдела продаж (пользователь %1 — «%2»).</translation>
    </message>
</context>
<context>
    <name>ReasonRepository</name>
    <message>
        <source>Reason code &quot;%1&quot; is not valid: use 2–64 lowercase Latin letters, digits and underscores, starting with a letter (field &quot;code&quot;).</source>
        <translation>Недопустимый код причины &quot;%1&quot;: используйте от 2 до 64 строчных латинских букв, цифр и знаков подчёркивания; первый символ — буква (поле &quot;code&quot;).</translation>
    </message>
    <message>
        <source>Reason &quot;%1&quot; needs both a Russian and an English title (fields &quot;title_ru&quot;, &quot;title_en&quot;).</source>
        <translation>Для причины &quot;%1&quot; нужны названия на русском и на английском (поля &quot;title_ru&quot;, &quot;title_en&quot;).</translation>
    </message>
    <message>
        <source>The %1 catalog already has a reason &quot;%2&quot;.</source>
        <translation>В каталоге &quot;%1&quot; уже есть причина &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>add reason %1</source>
        <translation>добавить причину %1</translation>
    </message>
    <message>
        <source>change reason %1</source>
        <translation>изменить причину %1</translation>
    </message>
    <message>
        <source>The %1 catalog has no reason &quot;%2&quot;. Known: %3.</source>
        <translation>В каталоге &quot;%1&quot; нет причины &quot;%2&quot;. Известные: %3.</translation>
    </message>
    <message>
        <source>Reason &quot;%1&quot; needs both a Russian and an English title.</source>
        <translation>Для причины &quot;%1&quot; нужны названия на русском и на английском.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Sales manager</source>
        <translation>Менеджер по продажам</translation>
    </message>
    <message>
        <source>Head of sales</source>
        <translation>Руководитель отдела продаж</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Маркетинг</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>SlaDisplay</name>
    <message>
        <source>%1 d %2:%3:%4</source>
        <extracomment>A duration of days and h:mm:ss, e.g. &quot;2 d 3:04:05&quot;</extracomment>
        <translation>%1 д %2:%3:%4</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>SLA countdown: time left to the first-contact deadline</extracomment>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <extracomment>SLA countdown: time since the first-contact deadline passed</extracomment>
        <translation>просрочка %1</translation>
    </message>
    <message>
        <source>met</source>
        <extracomment>SLA: the first contact was made in time</extracomment>
        <translation>выполнен</translation>
    </message>
    <message>
        <source>missed</source>
        <extracomment>SLA: the first contact was made after the deadline</extracomment>
        <translation>нарушен</translation>
    </message>
    <message>
        <source>time unknown</source>
        <extracomment>SLA: answered, but the other CRM the lead was imported from did not record when</extracomment>
        <translation>время неизвестно</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>The first-contact target must be 1 minute to 7 days (field &quot;first_contact_minutes&quot;).</source>
        <translation>Срок первого контакта должен быть от 1 минуты до 7 дней (поле &quot;first_contact_minutes&quot;).</translation>
    </message>
    <message>
        <source>The due-soon warning must be shorter than the first-contact target (field &quot;due_soon_minutes&quot;).</source>
        <translation>Порог предупреждения «Скоро срок» должен быть меньше срока первого контакта (поле &quot;due_soon_minutes&quot;).</translation>
    </message>
</context>
<context>
    <name>SlaState</name>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Нарушен</translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation>Время неизвестно</translation>
    </message>
</context>
<context>
    <name>SpendService</name>
    <message>
        <source>Only marketing, the head of sales or an administrator may enter marketing spend (user %1 is &quot;%2&quot;).</source>
        <translation>Вводить расходы на маркетинг может только маркетинг, руководитель отдела продаж или администратор (пользователь %1 — «%2»).</translation>
    </message>
    <message>
        <source>The spend needs a channel (field &quot;channel&quot;).</source>
        <translation>Для расходов нужен канал (поле &quot;channel&quot;).</translation>
    </message>
    <message>
        <source>The spend needs a month (field &quot;month&quot;).</source>
        <translation>Для расходов нужен месяц (поле &quot;month&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter ISO 4217 currency code (field &quot;currency&quot;).</source>
        <translation>&quot;%1&quot; — не трёхбуквенный код валюты ISO 4217 (поле &quot;currency&quot;).</translation>
    </message>
    <message>
        <source>The spend cannot be negative (field &quot;amount&quot;).</source>
        <translation>Расходы не могут быть отрицательными (поле &quot;amount&quot;).</translation>
    </message>
    <message>
        <source>There is no spend of %1 in %2 (%3) to remove.</source>
        <translation>Нет расходов канала %1 за %2 (%3), которые можно удалить.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>record the history of lead %1</source>
        <translation>записать историю лида %1</translation>
    </message>
    <message>
        <source>read the history of lead %1</source>
        <translation>прочитать историю лида %1</translation>
    </message>
    <message>
        <source>read event %1</source>
        <translation>прочитать событие %1</translation>
    </message>
    <message>
        <source>store the lead from %1 (%2)</source>
        <translation>сохранить лид, поступивший %1 (%2)</translation>
    </message>
    <message>
        <source>update lead %1</source>
        <translation>обновить лид %1</translation>
    </message>
    <message>
        <source>Lead %1 was changed by someone else in the meantime; reload it and try again.</source>
        <translation>Лид %1 тем временем изменил кто-то другой; обновите его и повторите попытку.</translation>
    </message>
    <message>
        <source>read lead %1</source>
        <translation>прочитать лид %1</translation>
    </message>
    <message>
        <source>There is no lead with id %1.</source>
        <translation>Лид с id %1 не найден.</translation>
    </message>
    <message>
        <source>find lead %1</source>
        <translation>найти лид %1</translation>
    </message>
    <message>
        <source>list leads</source>
        <translation>получить список лидов</translation>
    </message>
    <message>
        <source>count leads</source>
        <translation>подсчитать лиды</translation>
    </message>
    <message>
        <source>read the setting %1</source>
        <translation>прочитать настройку %1</translation>
    </message>
    <message>
        <source>save the setting %1</source>
        <translation>сохранить настройку %1</translation>
    </message>
    <message>
        <source>The database refused a statement: %1 (SQL: %2)</source>
        <translation>База данных отклонила запрос: %1 (SQL: %2)</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Не удалось %1: %2</translation>
    </message>
    <message>
        <source>Could not %1: the database is closed.</source>
        <translation>Не удалось %1: база данных закрыта.</translation>
    </message>
    <message>
        <source>The database %1 is open read-only.</source>
        <translation>База данных %1 открыта только для чтения.</translation>
    </message>
    <message>
        <source>A bulk load must run inside a write transaction.</source>
        <translation>Массовая загрузка должна выполняться внутри транзакции записи.</translation>
    </message>
    <message>
        <source>read the indexes of %1</source>
        <translation>прочитать индексы таблицы %1</translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation>записать версию схемы</translation>
    </message>
    <message>
        <source>seed the reason catalog</source>
        <translation>заполнить каталог причин</translation>
    </message>
    <message>
        <source>fill the search key</source>
        <translation>заполнить ключ поиска</translation>
    </message>
    <message>
        <source>look for duplicates of %1</source>
        <translation>найти дубли для %1</translation>
    </message>
    <message>
        <source>compute the metrics</source>
        <translation>рассчитать показатели</translation>
    </message>
    <message>
        <source>count the funnel</source>
        <translation>подсчитать воронку</translation>
    </message>
    <message>
        <source>count first-contact times</source>
        <translation>подсчитать время первого контакта</translation>
    </message>
    <message>
        <source>count rejections</source>
        <translation>подсчитать отказы</translation>
    </message>
    <message>
        <source>sum the deals</source>
        <translation>суммировать сделки</translation>
    </message>
    <message>
        <source>search leads</source>
        <translation>найти лиды</translation>
    </message>
    <message>
        <source>fill the first-contact time</source>
        <translation>заполнить время первого контакта</translation>
    </message>
    <message>
        <source>read the definition of %1</source>
        <translation>прочитать определение %1</translation>
    </message>
    <message>
        <source>The table %1 does not have the expected constraint &quot;%2&quot;; it cannot be rebuilt.</source>
        <translation>В таблице %1 нет ожидаемого ограничения &quot;%2&quot;; её нельзя перестроить.</translation>
    </message>
    <message>
        <source>Rebuilding the table %1 changed its indexes or triggers.</source>
        <translation>Перестройка таблицы %1 изменила её индексы или триггеры.</translation>
    </message>
    <message>
        <source>Rebuilding the table %1 broke a reference: row %2 of %3 points to a missing %4 row.</source>
        <translation>Перестройка таблицы %1 нарушила ссылку: строка %2 таблицы %3 указывает на несуществующую строку таблицы %4.</translation>
    </message>
    <message>
        <source>index the leads for search</source>
        <translation>проиндексировать лиды для поиска</translation>
    </message>
    <message>
        <source>store the spend of %1 in %2</source>
        <translation>сохранить расходы канала %1 за %2</translation>
    </message>
    <message>
        <source>remove the spend of %1 in %2</source>
        <translation>удалить расходы канала %1 за %2</translation>
    </message>
    <message>
        <source>read marketing spend</source>
        <translation>прочитать расходы на маркетинг</translation>
    </message>
    <message>
        <source>read the values campaigns are matched by</source>
        <translation>прочитать значения, по которым сопоставляются кампании</translation>
    </message>
    <message>
        <source>note a campaign key</source>
        <translation>записать ключ кампании</translation>
    </message>
    <message>
        <source>match leads to campaigns</source>
        <translation>сопоставить лиды с кампаниями</translation>
    </message>
    <message>
        <source>record the campaign attribution</source>
        <translation>записать отнесение к кампании</translation>
    </message>
    <message>
        <source>record the campaign rename</source>
        <translation>записать переименование кампании</translation>
    </message>
    <message>
        <source>relabel the campaign&apos;s leads</source>
        <translation>обновить название кампании у её лидов</translation>
    </message>
    <message>
        <source>add the campaign &quot;%1&quot;</source>
        <translation>добавить кампанию «%1»</translation>
    </message>
    <message>
        <source>change the campaign &quot;%1&quot;</source>
        <translation>изменить кампанию «%1»</translation>
    </message>
    <message>
        <source>record a change of campaign %1</source>
        <translation>записать изменение кампании %1</translation>
    </message>
    <message>
        <source>read campaign %1</source>
        <translation>прочитать кампанию %1</translation>
    </message>
    <message>
        <source>find the campaign &quot;%1&quot;</source>
        <translation>найти кампанию «%1»</translation>
    </message>
    <message>
        <source>find the promo code &quot;%1&quot;</source>
        <translation>найти промокод «%1»</translation>
    </message>
    <message>
        <source>read the log of campaign %1</source>
        <translation>прочитать журнал кампании %1</translation>
    </message>
    <message>
        <source>Stopped before saving: nothing was changed.</source>
        <translation>Остановлено до сохранения: ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Login &quot;%1&quot; is not valid: use 2–64 lowercase letters, digits, dots, dashes or underscores (field &quot;login&quot;).</source>
        <translation>Недопустимый логин &quot;%1&quot;: используйте от 2 до 64 строчных латинских букв, цифр, точек, дефисов или знаков подчёркивания (поле &quot;login&quot;).</translation>
    </message>
    <message>
        <source>Login &quot;%1&quot; is already taken.</source>
        <translation>Логин &quot;%1&quot; уже занят.</translation>
    </message>
    <message>
        <source>add user %1</source>
        <translation>добавить пользователя %1</translation>
    </message>
    <message>
        <source>find user %1</source>
        <translation>найти пользователя %1</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;. Known users: %2.</source>
        <translation>Пользователь &quot;%1&quot; не найден. Известные пользователи: %2.</translation>
    </message>
    <message>
        <source>change user %1</source>
        <translation>изменить пользователя %1</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>Пользователь с id %1 не найден.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Only an administrator or the head of sales may manage users (user %1 is &quot;%2&quot;).</source>
        <translation>Управлять пользователями может только администратор или руководитель отдела продаж (пользователь %1 — «%2»).</translation>
    </message>
</context>
<context>
    <name>WeekReview</name>
    <message>
        <source>find the best deal of the week</source>
        <translation>найти лучшую сделку недели</translation>
    </message>
    <message>
        <source>count the week&apos;s unanswered and rejected leads</source>
        <translation>подсчитать лиды недели без ответа и с отказом</translation>
    </message>
    <message>
        <source>count the deals won in the week</source>
        <translation>подсчитать сделки, выигранные за неделю</translation>
    </message>
    <message>
        <source>Leads received</source>
        <translation>Получено лидов</translation>
    </message>
    <message>
        <source>Leads processed</source>
        <translation>Обработано лидов</translation>
    </message>
    <message>
        <source>MQL → SQL conversion</source>
        <translation>Конверсия MQL → SQL</translation>
    </message>
    <message>
        <source>First contact within the SLA</source>
        <translation>Первый контакт в срок SLA</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Выиграно сделок</translation>
    </message>
    <message>
        <source>Revenue, %1</source>
        <translation>Выручка, %1</translation>
    </message>
    <message>
        <source>%1 answers new leads too late: %2 % within the SLA (target %3 %)</source>
        <translation>%1 поздно отвечает на новые лиды: %2 % в срок SLA (цель — %3 %)</translation>
    </message>
    <message>
        <source>%1 of %2 leads answered within the SLA</source>
        <translation>Ответ в срок SLA: %1 из %2</translation>
    </message>
    <message>
        <source>More leads from &quot;%1&quot; are rejected: %2 % of them, up from %3 %</source>
        <translation>Из канала «%1» отклоняют больше лидов: %2 % против %3 %</translation>
    </message>
    <message>
        <source>%1 of %2 leads rejected (+%3 points)</source>
        <translation>Отклонено %1 из %2 (+%3 п.п.)</translation>
    </message>
    <message>
        <source>Rejections for &quot;%1&quot; grew: %2 leads, %3 the week before</source>
        <translation>Больше отказов по причине «%1»: %2, неделей ранее — %3</translation>
    </message>
    <message>
        <source>+%1 rejections</source>
        <translation>Отказов: +%1</translation>
    </message>
    <message numerus="yes">
        <source>Leads left untouched for over %n hour(s)</source>
        <translation>
            <numerusform>Лиды без движения дольше %n часа</numerusform>
            <numerusform>Лиды без движения дольше %n часов</numerusform>
            <numerusform>Лиды без движения дольше %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) still waiting for a first contact</source>
        <translation>
            <numerusform>%n лид всё ещё ждёт первого контакта</numerusform>
            <numerusform>%n лида всё ещё ждут первого контакта</numerusform>
            <numerusform>%n лидов всё ещё ждут первого контакта</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>The time zone of the work calendar is not valid.</source>
        <translation>Часовой пояс рабочего календаря недействителен.</translation>
    </message>
    <message>
        <source>Working hours on %1 must end after they start (field &quot;%2&quot;).</source>
        <translation>Рабочие часы (%1) должны заканчиваться позже, чем начинаются (поле &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The work calendar needs at least one working day.</source>
        <translation>В рабочем календаре должен быть хотя бы один рабочий день.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (field &quot;time_zone&quot;).</source>
        <translation>Неизвестный часовой пояс &quot;%1&quot; (поле &quot;time_zone&quot;).</translation>
    </message>
    <message>
        <source>Working hours must look like [&quot;09:00&quot;, &quot;18:00&quot;] (field &quot;hours.%1&quot;).</source>
        <translation>Рабочие часы должны иметь вид [&quot;09:00&quot;, &quot;18:00&quot;] (поле &quot;hours.%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-01-07 (field &quot;holidays&quot;).</source>
        <translation>&quot;%1&quot; — не дата вида 2026-01-07 (поле &quot;holidays&quot;).</translation>
    </message>
</context>
<context>
    <name>XlsxFile</name>
    <message>
        <source>Could not write the workbook %1: the folder %2 does not exist.</source>
        <translation>Не удалось записать книгу %1: папки %2 нет.</translation>
    </message>
    <message>
        <source>Could not create the workbook %1.</source>
        <translation>Не удалось создать книгу %1.</translation>
    </message>
    <message>
        <source>Could not write the workbook %1: %2.</source>
        <translation>Не удалось записать книгу %1: %2.</translation>
    </message>
    <message>
        <source>Could not add the sheet &quot;%1&quot; to the workbook %2.</source>
        <translation>Не удалось добавить лист «%1» в книгу %2.</translation>
    </message>
    <message>
        <source>Could not write the workbook %1.</source>
        <translation>Не удалось записать книгу %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadPact cannot start</source>
        <translation>Не удаётся запустить LeadPact</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>LeadPact: the SLA between marketing and sales, enforced.</source>
        <translation>LeadPact: соблюдение SLA между маркетингом и продажами.</translation>
    </message>
    <message>
        <source>The SQLite database file (default: $LEADPACT_DB or the user&apos;s data folder).</source>
        <translation>Файл базы данных SQLite (по умолчанию: $LEADPACT_DB или папка данных пользователя).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Ignored.</source>
        <translation>Игнорируется.</translation>
    </message>
    <message>
        <source>The database has no active users. Add one with &quot;leadpact-cli users add&quot;.</source>
        <translation>В базе данных нет активных пользователей. Добавьте пользователя командой &quot;leadpact-cli users add&quot;.</translation>
    </message>
</context>
</TS>
