// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoprofile.h"

#include <algorithm>

namespace LeadPact::Demo {

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(u(item));
    return result;
}

using Reasons = QList<QPair<QString, double>>;

Reasons reasons(std::initializer_list<std::pair<const char *, double>> items)
{
    Reasons result;
    for (const auto &[code, weight] : items)
        result.append({QLatin1String(code), weight});
    return result;
}

} // namespace

const QList<ChannelProfile> &channelProfiles()
{
    // Shares, quality and deal sizes differ the way practitioners describe: context ads bring
    // volume with junk, referrals and exhibitions bring few but hot leads.
    static const QList<ChannelProfile> profiles = {
        {u("context_ads"), 0.30, 0.06, 0.34, 0.30, 0.28, 9500000, 18, u("yandex"), u("cpc"),
         list({"autumn_sale", "brand_search", "competitor_keywords"}),
         reasons({{"non_target_region", 3}, {"student", 2}, {"no_budget", 3}, {"spam_test", 2},
                  {"no_need", 2}, {"wrong_contact", 1}, {"competitor", 0.5}})},
        {u("seo"), 0.18, 0.04, 0.22, 0.36, 0.32, 11000000, 21, u("google"), u("organic"),
         list({"blog_guides", "pricing_page"}),
         reasons({{"student", 3}, {"no_need", 3}, {"non_target_region", 2}, {"no_budget", 2},
                  {"competitor", 1}})},
        {u("social"), 0.16, 0.12, 0.42, 0.22, 0.22, 6500000, 15, u("vk"), u("social"),
         list({"vk_lead_form", "telegram_webinar"}),
         reasons({{"no_budget", 4}, {"student", 3}, {"spam_test", 2}, {"wrong_contact", 2},
                  {"no_need", 2}})},
        {u("email"), 0.10, 0.02, 0.18, 0.34, 0.34, 10500000, 20, u("newsletter"), u("email"),
         list({"monthly_digest", "webinar_invite"}),
         reasons({{"no_need", 3}, {"no_budget", 2}, {"duplicate", 2}})},
        {u("referral"), 0.07, 0.01, 0.08, 0.55, 0.45, 16000000, 24, u("partners"), u("referral"),
         list({"partner_program"}), reasons({{"no_need", 2}, {"no_budget", 1}, {"duplicate", 1}})},
        {u("exhibition"), 0.06, 0.05, 0.15, 0.48, 0.40, 21000000, 35, u("expo"), u("offline"),
         list({"expo_moscow", "expo_kazan"}),
         reasons({{"competitor", 3}, {"no_need", 2}, {"non_target_region", 2}})},
        {u("marketplace"), 0.09, 0.08, 0.30, 0.26, 0.24, 5500000, 12, u("avito"), u("cpa"),
         list({"avito_listing"}),
         reasons({{"non_target_region", 3}, {"no_budget", 3}, {"wrong_contact", 2},
                  {"spam_test", 1}})},
        {u("cold_partners"), 0.04, 0.20, 0.55, 0.15, 0.18, 7000000, 28, u("leadgen"), u("cpl"),
         list({"bought_base_q4"}),
         reasons({{"wrong_contact", 4}, {"duplicate", 3}, {"spam_test", 3}, {"no_need", 2}})},
    };
    return profiles;
}

const QList<ManagerProfile> &managerProfiles()
{
    static const QList<ManagerProfile> profiles = {
        {u("ivanova"), u("Анна Иванова"), 1.3, 4, 0.01, 0.05, 1.25},
        {u("petrov"), u("Сергей Петров"), 1.2, 9, 0.02, 0.10, 1.05},
        {u("sidorova"), u("Мария Сидорова"), 1.0, 14, 0.03, 0.08, 1.10},
        {u("kuznetsov"), u("Дмитрий Кузнецов"), 1.0, 35, 0.06, 0.25, 0.95},
        {u("smirnov"), u("Алексей Смирнов"), 0.9, 90, 0.10, 0.35, 0.80},
        {u("volkova"), u("Елена Волкова"), 0.8, 20, 0.04, 0.12, 1.00},
        {u("morozov"), u("Игорь Морозов"), 0.6, 240, 0.15, 0.40, 0.70},
    };
    return profiles;
}

QList<Campaign> campaigns(const QDate &firstDay, const QDate &lastDay)
{
    // Days counted back from the last day, never before the first one (a short demo squeezes
    // its campaigns into its weeks; the order of the dates stays).
    const auto day = [&](int fromLast) { return std::max(firstDay, lastDay.addDays(fromLast)); };
    const QString site = QStringLiteral("https://promo.delovoy-servis.ru/lp/");
    const QString wiki = QStringLiteral("https://wiki.delovoy-servis.ru/marketing/");
    const QString disk = QStringLiteral("https://disk.delovoy-servis.ru/marketing/");
    struct Entry
    {
        const char *name, *goal, *audience, *announcedIn, *promoCode, *promoBenefit, *label;
        int starts, ends, activationFrom, activationUntil; // days from the last day
        const char *technicalNotes, *brief, *order;
    };
    static const Entry entries[] = {
        {"Партнёрская программа «Приведи клиента»",
         "Получать от партнёров-интеграторов 60 заявок в месяц с конверсией в оплату не ниже 40 %",
         "Клиенты партнёров-интеграторов и бухгалтерских компаний, которым нужна CRM",
         "Рассылка партнёрам, вебинар для партнёров, раздел «Партнёрам» на сайте",
         "PARTNER10",
         "Клиенту — скидка 10 % на первый счёт; партнёру — 15 % от оплат клиента за первый год",
         "partner_program", -55, -1, -55, 0,
         "Партнёр даёт клиенту ссылку с utm_campaign=partner_program на лендинг, форма "
         "передаёт заявку в LeadPact; промокод заведён в биллинге, вознаграждение партнёру "
         "считается по отчёту об оплатах",
         "partner-program", "partner-program-offer.pdf"},
        {"Осенняя распродажа «Минус 20 % на годовой тариф»",
         "Увеличить число оплат годовых тарифов на 30 % к прошлому месяцу",
         "Малый и средний бизнес, который выбирает CRM или сравнивает тарифы",
         "Яндекс Директ (поиск и РСЯ), баннер на главной странице сайта, рассылка по базе",
         "AUTUMN20",
         "Скидка 20 % на годовой тариф при оплате до конца активации; не суммируется с "
         "другими скидками",
         "autumn_sale", -48, -14, -48, -7,
         "Лендинг на Tilda, форма отправляет заявку в LeadPact через вебхук; объявления "
         "Директа размечены utm_campaign=autumn_sale; промокод проверяет биллинг при оплате",
         "autumn-sale", "prikaz-autumn-sale.pdf"},
        {"Стенд на выставке «Бизнес-Экспо Москва»",
         "Собрать 400 контактов лиц, принимающих решения, и назначить 80 демонстраций",
         "Руководители отделов продаж и собственники компаний — посетители выставки",
         "Стенд B-14 в «Экспоцентре», листовки с QR-кодом, приглашения по базе клиентов",
         "EXPOMSK",
         "Бесплатное внедрение и обучение команды (экономия 60 000 ₽) при оплате в течение "
         "месяца после выставки",
         "expo_moscow", -41, -39, -41, -12,
         "QR-код на стенде ведёт на лендинг с utm_campaign=expo_moscow; визитки со стенда "
         "вносятся через форму лендинга в тот же день",
         "expo-moscow", "expo-moscow-plan.pdf"},
        {"Вебинар «Как не терять заявки: SLA между маркетингом и продажами»",
         "Привлечь 1 500 регистраций и 300 заявок на демонстрацию от участников вебинара",
         "Маркетологи и руководители продаж компаний с потоком от 100 заявок в месяц",
         "Telegram-канал компании, посевы в профильных Telegram-каналах, сообщество ВКонтакте",
         "WEBINAR15",
         "Скидка 15 % на первые три месяца для участников вебинара",
         "telegram_webinar", -34, -21, -21, -7,
         "Регистрация на лендинге, напоминания через Telegram-бота; после эфира участникам "
         "приходит ссылка на заявку с utm_campaign=telegram_webinar",
         "webinar-sla", "webinar-sla-scenario.docx"},
        {"Лид-форма ВКонтакте «Бесплатный аудит воронки продаж»",
         "Получить 500 заявок на аудит по цене не выше 900 ₽ за заявку",
         "Владельцы малого бизнеса 25–55 лет, интересы «бизнес», «продажи», «маркетинг»",
         "Таргетированная реклама ВКонтакте, закреплённый пост в сообществе компании",
         "AUDITVK",
         "Бесплатный двухчасовой аудит воронки продаж с экспертом и отчёт с рекомендациями",
         "vk_lead_form", -27, -7, -27, 0,
         "Лид-форма ВКонтакте выгружается на лендинг и в LeadPact через интеграцию, метки "
         "utm_campaign=vk_lead_form проставляет рекламный кабинет",
         "vk-audit", "vk-audit-media-plan.xlsx"},
        {"Чёрная пятница: три месяца тарифа «Бизнес» в подарок",
         "Закрыть 250 оплат годового тарифа «Бизнес» за неделю акции",
         "Действующие клиенты на тарифе «Старт» и новые клиенты из поиска и рассылки",
         "Рассылка по базе клиентов, Яндекс Директ, баннер в личном кабинете, Telegram-канал",
         "BLACKFRIDAY",
         "Три месяца тарифа «Бизнес» бесплатно при оплате года",
         "black_friday", upcomingLaunchInDays, upcomingLaunchInDays + 6, upcomingLaunchInDays,
         upcomingLaunchInDays + 20,
         "Лендинг с таймером до конца акции, ссылки размечены utm_campaign=black_friday; "
         "подарочные месяцы начисляет биллинг по промокоду",
         "black-friday", "prikaz-black-friday.pdf"},
    };
    QList<Campaign> result;
    for (const Entry &e : entries) {
        Campaign c;
        c.name = u(e.name);
        c.goal = u(e.goal);
        c.audience = u(e.audience);
        c.announcedIn = u(e.announcedIn);
        c.promoCode = QLatin1String(e.promoCode);
        c.promoBenefit = u(e.promoBenefit);
        c.landingUrl = site + QLatin1String(e.label);
        c.utmCampaign = QLatin1String(e.label);
        // The upcoming launch lies after the period by design; the others stay inside it.
        const bool upcoming = e.starts > 0;
        const auto date = [&](int fromLast) {
            return upcoming ? lastDay.addDays(fromLast) : day(fromLast);
        };
        c.startsOn = date(e.starts);
        c.endsOn = date(e.ends);
        c.activationFrom = date(e.activationFrom);
        c.activationUntil = date(e.activationUntil);
        c.technicalNotes = u(e.technicalNotes);
        c.documentLinks = {wiki + QLatin1String(e.brief), disk + QLatin1String(e.order)};
        result.append(c);
    }
    return result;
}

const QStringList &firstNames()
{
    static const QStringList names = list({"Александр", "Мария", "Дмитрий", "Анна", "Сергей",
                                           "Елена", "Андрей", "Ольга", "Алексей", "Наталья",
                                           "Иван", "Татьяна", "Михаил", "Юлия", "Николай",
                                           "Екатерина", "Павел", "Светлана", "Артём", "Ирина"});
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names = list({"Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов",
                                           "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков",
                                           "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов",
                                           "Козлов", "Степанов", "Николаев", "Орлов", "Андреев"});
    return names;
}

const QStringList &companyNames()
{
    static const QStringList names = list({"ООО «Вектор»", "АО «СеверСтрой»", "ИП Романов",
                                           "ООО «ТехноПарк»", "ООО «Альфа Логистик»",
                                           "ГК «Стандарт»", "ООО «Городские окна»",
                                           "ООО «МедЛайн»", "АО «Агроресурс»", "ООО «Кофе-Тайм»"});
    return names;
}

QString proofComment(const QString &code, int variant)
{
    static const QList<QPair<QString, QStringList>> comments = {
        {QStringLiteral("wrong_contact"),
         list({"Три звонка в разное время, номер не обслуживается",
               "Письмо вернулось, телефон принадлежит другому человеку",
               "Абонент недоступен 2 дня, SMS без ответа"})},
        {QStringLiteral("competitor"),
         list({"Представился менеджером конкурента, собирал цены",
               "Сотрудник компании-конкурента, проверял условия"})},
        {QStringLiteral("duplicate"),
         list({"Повторная заявка, клиент уже в работе у коллеги",
               "Дубль: та же заявка пришла вчера с другой формы"})},
        {QStringLiteral("no_need"),
         list({"Оставил заявку по ошибке, услуга не нужна",
               "Искал другое: нужна бесплатная консультация, не покупка",
               "Задача уже решена внутри компании"})},
        {QStringLiteral("other"), list({"Клиент просил не звонить"})},
        {QStringLiteral("chose_competitor"),
         list({"Выбрали конкурента из-за сроков внедрения", "Ушли к конкуренту со скидкой"})},
    };
    for (const auto &[reason, texts] : comments) {
        if (reason == code)
            return texts.at(variant % texts.size());
    }
    return {};
}

} // namespace LeadPact::Demo
