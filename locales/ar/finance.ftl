nav-finance = الشؤون المالية
nav-invoices = فواتيرنا
finance-office-title = الشؤون المالية
finance-office-lead = حدّدوا اشتراكات كل سنة، وسجّلوا الإعفاءات التضامنية، وأصدروا طلبات دفع الاشتراكات، وتابعوا الفواتير.
schedules-heading = جداول الاشتراكات
schedules-none = لا يوجد جدول بعد. ابدأوا بجدول السنة القادمة أدناه.
schedule-title = جدول الاشتراكات
schedule-heading = اشتراكات سنة { $year } · الإصدار { $version }
schedule-year = السنة
schedule-currency = العملة
hint-schedule-currency = رمزها وفق ISO 4217، مثل EUR أو USD أو JOD.
schedule-due-on = تاريخ الاستحقاق
schedule-palestinian-percent = النسبة التي يدفعها الأعضاء الفلسطينيون (%)
hint-schedule-palestinian-percent = من مبلغ شريحتهم: 0 يعفيهم، و100 يطلب المبلغ كاملاً.
schedule-payment-instructions = تعليمات الدفع
hint-schedule-payment-instructions = المستفيد والمصرف ورقم IBAN ورمز BIC: تُطبع على كل طلب دفع يصدر وفق هذا الجدول.
schedule-bands = الشرائح
schedule-calls = الطلبات الصادرة
schedule-state = الحالة
schedule-state-open = مفتوح: يمكن تعديله
schedule-state-locked = مقفل: صدرت طلبات دفع وفقه
schedule-state-superseded = حلّ محله إصدار أحدث
schedule-new = إعداد جدول سنة
schedule-create = إنشاء الجدول
schedule-edit = تعديل الجدول
schedule-save = حفظ الجدول
schedule-saved = حُفظ الجدول.
schedule-locked-explained = صدرت طلبات دفع وفق هذا الجدول، فلم يعد تعديله ممكناً. يبدأ الإصدار الجديد من قيمه وشرائحه، وتبقى الطلبات الصادرة كما هي.
schedule-new-version = بدء إصدار جديد
bands-none = لا توجد شرائح بعد: أضيفوا شريحة لكل نوع من الهيئات ولكل فئة سكانية.
band-new = إضافة شريحة
band-kind = نوع الهيئة
band-population-max = عدد السكان حتى
hint-band-population-max = اتركوه فارغاً للشريحة التي لا حدّ أعلى لها. العضو الذي لا يُعرف عدد سكانه يدفع أول شريحة من نوعه.
band-no-limit = بلا حدّ
band-amount = الاشتراك السنوي ({ $currency })
hint-band-amount = مثل 1500 أو 1,500.50.
band-add = إضافة الشريحة
band-remove = حذف
calls-heading = طلبات دفع سنة { $year }
calls-lead = يتلقى كل عضو عامل فاتورة مبدئية بلغة مسؤول الاتصال لديه، مع رسالة بريد إلكتروني. يُستثنى الأعضاء الذين صدر طلبهم لهذه السنة، فالإصدار مرتين لا يكرر شيئاً.
calls-issue-all = إصدار طلبات السنة لجميع الأعضاء العاملين
calls-issue-one-heading = إصدار طلب عضو واحد
calls-issue-one = إصدار طلب هذا العضو
calls-issued =
    { PLURAL($count) ->
        [zero] لم يصدر أي طلب.
        [one] صدر طلب واحد.
        [two] صدر طلبان.
        [few] صدرت { $count } طلبات.
        [many] صدر { $count } طلباً.
       *[other] صدر { $count } طلب.
    }
calls-already =
    { PLURAL($count) ->
        [zero] لم يكن لأي عضو طلب سابق.
        [one] كان لعضو واحد طلبه من قبل.
        [two] كان لعضوين طلبهما من قبل.
        [few] كان لـ{ $count } أعضاء طلبهم من قبل.
        [many] كان لـ{ $count } عضواً طلبهم من قبل.
       *[other] كان لـ{ $count } عضو طلبهم من قبل.
    }
calls-without-band =
    { PLURAL($count) ->
        [zero] لكل عضو شريحة من نوعه.
        [one] ليس لعضو واحد شريحة من نوعه في هذا الجدول: أضيفوها ثم أعيدوا الإصدار.
        [two] ليس لعضوين شريحة من نوعهما في هذا الجدول: أضيفوها ثم أعيدوا الإصدار.
        [few] ليس لـ{ $count } أعضاء شريحة من نوعهم في هذا الجدول: أضيفوها ثم أعيدوا الإصدار.
        [many] ليس لـ{ $count } عضواً شريحة من نوعهم في هذا الجدول: أضيفوها ثم أعيدوا الإصدار.
       *[other] ليس لـ{ $count } عضو شريحة من نوعهم في هذا الجدول: أضيفوها ثم أعيدوا الإصدار.
    }
waivers-heading = الإعفاءات التضامنية
waivers-lead = يدفع عضو محدد نسبة مخفّضة من اشتراكه، أو لا يدفع شيئاً، للسنوات المذكورة. تُطبّق أدنى نسبة بين إعفاءاته وقاعدة الجدول.
waiver-new = تسجيل إعفاء
waiver-member = العضو
waiver-percent-due = النسبة التي يدفعها (%)
hint-waiver-percent-due = 0 يعفيه من الاشتراك كلياً.
waiver-from-year = من سنة
waiver-until-year = حتى سنة
waiver-years = السنوات
waiver-reason = السبب
waiver-add = تسجيل الإعفاء
waiver-saved = سُجّل الإعفاء.
invoices-title = الفواتير
invoices-filter = عرض
invoices-none = لا توجد فواتير بعد.
invoices-count =
    { PLURAL($count) ->
        [zero] لا توجد فواتير
        [one] فاتورة واحدة
        [two] فاتورتان
        [few] { $count } فواتير
        [many] { $count } فاتورةً
       *[other] { $count } فاتورة
    }
member-invoices-title = الفواتير
member-invoices-heading = الفواتير
member-invoices-lead = طلبات دفع الاشتراكات والإشعارات الدائنة الخاصة بهيئتكم. افتحوا أياً منها لطباعته أو لمعرفة طريقة الدفع.
invoice-title = فاتورة
invoice-number = الرقم
invoice-member = العضو
invoice-kind = النوع
invoice-amount = المبلغ
invoice-due-on = الاستحقاق
invoice-status = الحالة
invoice-issued-on = تاريخ الإصدار
invoice-kind-call = طلب دفع اشتراك
invoice-kind-credit-note = إشعار دائن
invoice-status-open = مستحقة الدفع
invoice-status-paid = مدفوعة
invoice-status-cancelled = ألغيت بإشعار دائن
invoice-status-settled = لا شيء مستحق
invoice-network = الشبكة الدولية للسلطات المحلية المتضامنة مع السلطات المحلية الفلسطينية
invoice-call-title = طلب دفع اشتراك سنة { $year } (فاتورة مبدئية)
invoice-credit-title = إشعار دائن
invoice-to = إلى
invoice-basis = الاشتراك السنوي لسنة { $year } لهيئة من نوع { $kind }: { $amount } لشريحتها السكانية.
invoice-basis-palestinian = هيئة محلية فلسطينية: المستحق { $percent }٪ من هذا المبلغ.
invoice-basis-waiver = إعفاء تضامني: المستحق { $percent }٪ من هذا المبلغ ({ $reason }).
invoice-credit-basis = يلغي الفاتورة { $number }.
invoice-words-whole = فقط { $words } { $currency } لا غير.
invoice-words-fraction = فقط { $words } { $currency } و{ $fraction } لا غير.
invoice-how-to-pay = طريقة الدفع
invoice-quote-reference = اذكروا الرقم { $number } مرجعاً لحوالتكم، ليُطابَق دفعكم مع هذه الفاتورة.
credit-note-heading = الإلغاء بإشعار دائن
credit-note-lead = لا تُعدَّل الفاتورة ولا تُحذف أبداً: يلغيها إشعار دائن بالمبلغ نفسه، ثم يمكن إصدار طلب جديد.
credit-note-reason = السبب، ويُطبع على الإشعار الدائن
credit-note-issue = إصدار الإشعار الدائن
error-year = أدخلوا سنة بين 2000 و2100.
error-percent = أدخلوا عدداً صحيحاً من 0 إلى 100.
error-currency = أدخلوا رمز عملة وفق ISO 4217، مثل EUR.
error-currency-has-bands = الشرائح بهذه العملة: احذفوها قبل تغييرها.
error-amount = أدخلوا مبلغاً، مثل 1500 أو 1,500.50.
error-band-population = أدخلوا عدداً صحيحاً للسكان، أو اتركوه فارغاً.
error-band-taken = في هذا الجدول شريحة من هذا النوع بهذا الحدّ.
error-until-year = السنة الأخيرة تأتي بعد الأولى.
error-schedule-locked = صدرت طلبات دفع وفق هذا الجدول: ابدأوا إصداراً جديداً لتعديله.
error-schedule-superseded = يوجد إصدار أحدث من هذا الجدول: أصدروا الطلبات وفقه.
error-schedule-no-bands = أضيفوا شرائح الجدول قبل إصدار الطلبات.
error-schedule-changed = تغيّر الجدول في الأثناء: راجعوه وأعيدوا المحاولة.
error-member-not-active = لا يتلقى طلب دفع الاشتراك إلا عضو عامل.
error-invoice-not-open = لا يُلغى إلا طلب دفع مستحق.
email-call-issued-subject = طلب دفع اشتراك سنة { $year }: الفاتورة { $number }
email-call-issued-body =
    صدر طلب دفع اشتراك هيئتكم لسنة { $year }: الفاتورة { $number }، بمبلغ { $amount }، تستحق في { $date }.

    اطّلعوا عليها، واطبعوها لعرضها على مجلسكم، واعرفوا طريقة الدفع على:
    { $link }
invoice-kind-final = فاتورة (مسددة)
invoice-kind-receipt = إيصال
invoice-final-title = فاتورة اشتراك سنة { $year }
invoice-receipt-title = إيصال
invoice-final-basis = الاشتراك المطلوب بالفاتورة { $number }، مسدد بالكامل.
invoice-receipt-basis = استُلم عن الفاتورة { $number }: { $amount } عبر { $method } بتاريخ { $date }.
invoice-basis-credit = رصيد منقول من دفعة زائدة سابقة: { $amount }.
invoice-about = بخصوص
invoice-credit-applied = مسدد من رصيد منقول
invoice-payments = الدفعات المستلمة
invoice-outstanding = المتبقي للدفع
payment-method-transfer = حوالة مصرفية
payment-method-card = بطاقة
payment-status-unmatched = بانتظار المطابقة
payment-status-matched = مطابَق
payment-status-exception = للمراجعة
payments-title = الدفعات
payments-awaiting = بانتظار المطابقة
payments-awaiting-none = كل دفعة مستلمة مطابَقة مع فاتورتها.
payments-recent = آخر الدفعات المطابَقة
payments-recent-none = لم تُطابَق أي دفعة بعد.
payment-recorded-matched = سُجّلت الدفعة وطوبقت مع فاتورتها.
payment-recorded-awaiting = سُجّلت الدفعة. لا يذكر مرجعها أي فاتورة مستحقة: طابقوها أدناه.
transfer-new = تسجيل حوالة مصرفية
transfer-lead = كما يظهر في كشف الحساب. المرجع الذي يذكر رقم فاتورة مستحقة يطابقها فوراً.
transfer-received-on = تاريخ الاستلام
transfer-amount = المبلغ
transfer-payer = الدافع
transfer-reference = المرجع
hint-transfer-reference = مرجع الحوالة، مثل 2027-0042.
transfer-record = تسجيل الحوالة
payment-match-heading = مطابقة دفعة
payment-match = مطابقة
payment-credited = المبلغ المقيد بعملة الفاتورة
hint-payment-credited = فقط لدفعة بعملة أخرى: ما قيّده المصرف.
payment-rate = سعر الصرف
payment-method = الوسيلة
payment-suggestion = الفاتورة المرجحة
grace-heading = تاريخ المهلة
grace-on = تُحتسب الاشتراكات غير المسددة على وضع العضوية بعد
hint-grace-on = بعد هذا التاريخ، لا يعود العضو الذي لم يسدد طلبه في وضع سليم حتى يدفع. اتركوه فارغاً لعدم تحديد مهلة.
grace-save = حفظ تاريخ المهلة
grace-none = لا يوجد
error-payment-matched = هذه الدفعة مطابَقة مع فاتورة من قبل.
error-invoice-number = أدخلوا رقم طلب دفع اشتراك غير ملغى، مثل 2027-0042.
error-credited = أدخلوا ما قيّده المصرف بعملة الفاتورة.
error-rate = أدخلوا السعر رقماً، مثل 0.9213.
payments-import-statement = استيراد كشف حساب مصرفي
statements-title = كشوف الحساب المصرفية
statements-lead = استورد كشف الحساب الذي يصدّره مصرفك، بصيغة CSV أو بصيغة ISO 20022 camt.053 (XML). تُسجَّل كل دفعة واردة هنا مرة واحدة مهما تكرر استيراد الملف؛ والمرجع الذي يذكر رقم فاتورة مفتوحة يسدّدها فوراً، وتنتظرك الدفعات الأخرى في صفحة الدفعات.
statement-import-heading = استيراد كشف
statement-import-lead = تُستبعد الحركات المدينة في الكشف. ولا يُستورد كشف فيه سطر تتعذّر قراءته: يُذكر السطر لتصحّح الملف أو مطابقة أعمدته.
statement-file = ملف الكشف
hint-statement-file = CSV أو camt.053 (XML)، بحجم 16 ميغابايت على الأكثر.
statement-mapping = مطابقة أعمدة CSV
hint-statement-mapping = لملف CSV: المصرف الذي صدّره. ولا يحتاج ملف camt.053 إلى مطابقة.
statement-mapping-none = بلا مطابقة (camt.053)
statement-import = استورد الكشف
statement-problem-line = السطر { $line }:
statement-problem-line-column = السطر { $line }، العمود { $column }:
statement-problem-entry = القيد { $line }:
statement-problem-entry-element = القيد { $line }، العنصر { $column }:
statement-imported = الدفعات المقروءة: { $lines }. المسجّلة: { $added }، منها ما سدّد فاتورة فوراً: { $matched }. المستوردة من قبل: { $duplicates }.
statement-match-rest =
    { PLURAL($count) ->
        [zero] لا دفعة متبقية للمطابقة
        [one] طابِق الدفعة المتبقية في صفحة الدفعات
        [two] طابِق الدفعتين المتبقيتين في صفحة الدفعات
        [few] طابِق الدفعات الـ{ $count } المتبقية في صفحة الدفعات
        [many] طابِق { $count } دفعةً متبقية في صفحة الدفعات
       *[other] طابِق { $count } دفعة متبقية في صفحة الدفعات
    }
statements-latest = أحدث الكشوف
statements-none = لم يُستورد أي كشف بعد.
statement-imported-on = تاريخ الاستيراد
statement-format = الصيغة
statement-lines = الدفعات المقروءة
statement-added = المسجّلة
statement-matched = المسدِّدة فوراً
statement-duplicates = المستوردة من قبل
statement-imported-by = بواسطة
statement-format-csv = CSV
statement-format-camt053 = camt.053 (XML)
mappings-heading = مطابقات أعمدة CSV
mappings-none = لا مطابقة بعد: صِف أدناه ملف CSV الذي يصدّره مصرفك قبل استيراد أي كشف منه.
mapping-heading = وصف ملف CSV لمصرف
mapping-lead = اكتب عنوان كل عمود كما يظهر تماماً في السطر الأول من ملف المصرف. الحفظ باسم موجود يصحّح تلك المطابقة.
mapping-name = المصرف أو الحساب
hint-mapping-name = مثل: البنك العربي — حساب الاشتراكات.
mapping-delimiter = الفاصل بين الأعمدة
mapping-date-column = عمود التاريخ
mapping-date-order = طريقة كتابة التاريخ
mapping-amount-column = عمود المبلغ
mapping-payer-column = عمود الدافع
mapping-reference-column = عمود المرجع
mapping-currency-column = عمود العملة
hint-mapping-currency-column = اتركه فارغاً إذا كانت كل السطور بالعملة أدناه.
mapping-default-currency = العملة
mapping-save = احفظ المطابقة
mapping-saved = حُفظت المطابقة: اخترها لاستيراد كشوف هذا المصرف.
mapping-edit = تصحيح
delimiter-comma = فواصل (,)
delimiter-semicolon = فواصل منقوطة (;)
delimiter-tab = مسافات جدولة
date-order-ymd = السنة أولاً (2027-03-31)
date-order-dmy = اليوم أولاً (31/03/2027)
date-order-mdy = الشهر أولاً (03/31/2027)
error-mapping-taken = توجد مطابقة أخرى بهذا الاسم: أعد المحاولة لتصحيحها.
error-statement-empty = اختر ملف الكشف.
error-statement-too-big = حجم الملف يتجاوز 16 ميغابايت: صدّر فترة أقصر.
error-statement-encoding = الملف ليس بترميز UTF-8: صدّره من جديد بترميز UTF-8 (أو بصيغة camt.053).
error-statement-mapping = اختر مطابقة أعمدة CSV للمصرف الذي صدّر هذا الملف.
error-statement-unreadable = تتعذّر قراءة هذا الجزء من الملف.
error-statement-column-missing = لا يحتوي الملف على عمود بهذا العنوان: صحّح المطابقة أو الملف.
error-statement-not-camt = ملف XML هذا ليس كشف حساب مصرفياً بصيغة camt.053.
error-statement-racing = انتهى استيراد آخر للكشف نفسه أولاً: استورده من جديد لترى ما يضيفه.
error-statement-currency = العملة ليست رمزاً وفق ISO 4217.
error-statement-amount = تتعذّر قراءة المبلغ.
error-statement-date = تتعذّر قراءة التاريخ بالترتيب المحدد في المطابقة.
dues-dashboard-title = لوحة متابعة الاشتراكات
dashboard-years = السنوات
dashboard-year-heading = اشتراكات { $year }
dashboard-awaiting =
    { PLURAL($count) ->
        [zero] لا دفعة بانتظار المطابقة
        [one] دفعة واحدة بانتظار المطابقة
        [two] دفعتان بانتظار المطابقة
        [few] { $count } دفعات بانتظار المطابقة
        [many] { $count } دفعةً بانتظار المطابقة
       *[other] { $count } دفعة بانتظار المطابقة
    }
dashboard-exceptions =
    { PLURAL($count) ->
        [zero] لا دفعة للمراجعة
        [one] دفعة واحدة للمراجعة
        [two] دفعتان للمراجعة
        [few] { $count } دفعات للمراجعة
        [many] { $count } دفعةً للمراجعة
       *[other] { $count } دفعة للمراجعة
    }
dashboard-by-currency = حسب العملة
dashboard-by-country = حسب البلد
dashboard-country = البلد
dashboard-calls = الطلبات
dashboard-called = المطلوب
dashboard-paid = المدفوع
dashboard-outstanding = المتبقي
dashboard-waived = المعفى منه
dashboard-no-calls = لم يصدر أي طلب دفع اشتراك لهذه السنة بعد.
dues-dashboard-overdue = تجاوزت تاريخ الاستحقاق
dashboard-overdue-none = لا طلب غير مدفوع تجاوز تاريخ استحقاقه.
dashboard-standing = الوضع
dashboard-in-arrears = متأخر في السداد
dashboard-in-grace = لم يتأخر بعد
dashboard-exports = التصدير
dashboard-export-invoices = فواتير { $year } (CSV)
dashboard-export-payments = الدفعات الواردة في { $year } (CSV)
export-member-id = رقم العضو
export-waived = المعفى منه
export-payment-status = الحالة
dues-public-title = الاشتراكات المحصَّلة
dues-public-lead = في كل سنة: ما دفعه أعضاء الشبكة من اشتراكات، وعدد الأعضاء المطالَبين، وعدد المعفَين تضامناً. لا يُنشر مبلغ أي عضو بعينه.
dues-public-none = لم تُطلب أي اشتراكات بعد.
dues-public-collected = المحصَّل
dues-public-nothing = لا شيء بعد
dues-public-called = الأعضاء المطالَبون
dues-public-paying = الأعضاء الذين دفعوا
dues-public-exempt = الأعضاء المعفَون
dues-public-members =
    { PLURAL($count) ->
        [zero] لا أحد
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
        [many] { $count } عضواً
       *[other] { $count } عضو
    }
email-dues-reminder-subject = تذكير: الفاتورة { $number } تستحق في { $date }
email-dues-reminder-body =
    تستحق فاتورة اشتراك هيئتكم رقم { $number } في { $date }: المبلغ المتبقي { $amount }.

    إذا كان مجلسكم قد وافق عليها والتحويل جارٍ، فشكراً لكم ولا حاجة إلى أي إجراء آخر. اذكروا { $number } مرجعاً للتحويل. اطّلعوا على الفاتورة وطريقة الدفع على:
    { $link }
email-dues-overdue-subject = تجاوزت الفاتورة { $number } تاريخ استحقاقها
email-dues-overdue-body =
    كانت فاتورة اشتراك هيئتكم رقم { $number } مستحقة في { $date }، والمبلغ المتبقي { $amount }.

    بعد انقضاء تاريخ المهلة الذي حددته الشبكة، يُفقد الاشتراك غير المسدد هيئتكم صفة العضو المنتظم في السداد (فلا يمكنها تسجيل وفود في المؤتمرات) حتى الدفع. وإذا تعذّر الدفع فراسلوا المكتب المالي للشبكة: توجد إعفاءات تضامنية. اطّلعوا على الفاتورة وطريقة الدفع على:
    { $link }
payment-note-typed-twin = التاريخ والمبلغ والعملة نفسها في الدفعة { $id } المسجّلة يدوياً: تحقّق من أنها ليست التحويل نفسه قبل مطابقتها.
payment-exception-unknown-session = دفعة بالبطاقة من عملية دفع في Stripe لم يفتحها سمود (رابط دفع أو لوحة تحكم Stripe): ابحث عن العضو وطابقها يدوياً، أو أعدها عبر Stripe.
payment-exception-invoice-closed = دفعة بالبطاقة لمطالبة سُدّدت أو أُلغيت من قبل: طابقها مع مطالبة أخرى للعضو، أو أعدها عبر Stripe.
payment-exception-currency = دفعة بالبطاقة بعملة غير عملة مطالبتها: طابقها يدوياً مع المبلغ المقيّد.
payment-exception-amount = دفعة بالبطاقة تزيد على المبلغ المتبقي: طابقها يدوياً (يُرحَّل الفائض رصيداً)، أو أعد الفرق عبر Stripe.
error-card-nothing-left = لم يبقَ شيء للدفع على هذه الفاتورة.
error-card-currency = لا يمكن دفع عملة هذه الفاتورة بالبطاقة. يُرجى الدفع بتحويل مصرفي.
error-card-unavailable = تعذّر الوصول إلى خدمة الدفع بالبطاقة الآن. لم يُخصم أي مبلغ. حاول مجدداً بعد دقائق، أو ادفع بتحويل مصرفي.
card-line-item = اشتراك { $year }، الفاتورة { $number }
invoice-card-heading = الدفع بالبطاقة
invoice-card-lead = ستنتقل إلى صفحة الدفع الآمنة لدى Stripe ثم تعود إلى هنا. لا تصل بيانات بطاقتك إلى سمود أبداً.
invoice-pay-by-card = ادفع { $amount } بالبطاقة
invoice-card-done = شكراً. تسلّمت Stripe دفعتك: تظهر على هذه الفاتورة حالما تؤكدها Stripe، عادةً خلال دقيقة.
invoice-card-cancelled = أُلغي الدفع بالبطاقة. لم يُخصم أي مبلغ.
invoice-card-link = للدفع بالبطاقة، سجّل الدخول إلى سمود وافتح هذه الفاتورة:
