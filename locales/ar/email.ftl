# email: ar
email-greeting = مرحباً { $name }،
email-signature = — الأمانة العامة لشبكة صمود
email-invitation-subject = حسابك في صمود
email-invitation-body =
    دعاك { $inviter } إلى صمود بصفة { $role }.

    اختر كلمة المرور من هنا (الرابط صالح لمدة 14 يوماً):
    { $link }
email-reset-subject = اختر كلمة مرور جديدة لصمود
email-reset-body =
    طلب أحدهم إعادة تعيين كلمة مرور حسابك في صمود. إن كنت أنت، فاختر كلمة مرور جديدة من هنا (الرابط صالح لمدة ساعتين):
    { $link }

    إن لم تكن أنت، فتجاهل هذه الرسالة: تبقى كلمة المرور كما هي.
outbox-title = البريد الصادر
outbox-no-smtp = لم يُضبط خادم بريد (SMTP_URL): تُحفظ الرسائل هنا ولا تُرسل. أرسلها يدوياً أو اضبط SMTP.
outbox-empty = لا توجد رسائل بعد.
outbox-sent = أُرسلت { $at }
outbox-failed = لم تُرسل بعد { $attempts } محاولات: { $error }
outbox-waiting = في الانتظار
