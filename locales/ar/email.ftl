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
email-registration-pending-subject = وصلنا تسجيلك في { $edition }
email-registration-pending-body = وصلنا تسجيلك في { $edition }. ستدرسه الأمانة العامة وتكتب إليك.
email-registration-confirmed-subject = تأكّد مقعدك في { $edition }
email-registration-confirmed-body = تأكّد تسجيلك في { $edition }. نتطلع إلى استقبالك.
email-registration-waitlisted-subject = أنت على قائمة الانتظار في { $edition }
email-registration-waitlisted-body = جميع مقاعد { $edition } محجوزة حاليًا، لذا أنت على قائمة الانتظار. إذا شغر مقعد فهو لأول شخص في القائمة، وسنراسلك فورًا.
email-registration-promoted-subject = شغر مقعد: تأكّد مقعدك في { $edition }
email-registration-promoted-body = شغر مقعد في { $edition } وهو لك: أصبح تسجيلك مؤكَّدًا.
email-registration-cancelled-subject = أُلغي تسجيلك في { $edition }
email-registration-cancelled-body = أُلغي تسجيلك في { $edition }. إن كان ذلك خطأً فسجّل من جديد ما دام التسجيل مفتوحًا.
email-registration-rejected-subject = تسجيلك في { $edition }
email-registration-rejected-body = تعذّر على الأمانة العامة قبول تسجيلك في { $edition }.
email-registration-link = لعرض تسجيلك أو تعديله أو إلغائه واختيار جلساتك، افتح رابطك الشخصي (احتفظ به لنفسك؛ لا يحتاج إلى كلمة مرور): { $link }
email-registration-renewed-subject = رابطك الشخصي الجديد لـ { $edition }
email-registration-renewed-body = طلبت رابطًا شخصيًا جديدًا لتسجيلك في { $edition }. لم يعد الرابط السابق ولا عنوان تقويمك السابق يعملان. رابطك الجديد (احتفظ به لنفسك؛ لا يحتاج إلى كلمة مرور): { $link }
    إن لم تطلبه، فقد كان رابطك لدى شخص آخر: افتح الرابط الجديد واطلب رابطًا آخر فورًا، فيتوقف رابطه عن العمل.
