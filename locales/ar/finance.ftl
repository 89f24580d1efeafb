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
