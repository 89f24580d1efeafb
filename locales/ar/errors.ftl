# errors: ar
error-unauthenticated = يرجى تسجيل الدخول للمتابعة.
error-forbidden = لا يملك حسابك صلاحية الوصول إلى هذا.
error-not-found = لم يتم العثور على المطلوب.
error-rate-limited = محاولات كثيرة جداً. يرجى الانتظار { $seconds } ثانية ثم المحاولة مجدداً.
error-bad-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-invalid-link = هذا الرابط لم يعد صالحاً: استُخدم من قبل أو انتهت صلاحيته.
error-internal = حدث خطأ من جهتنا. لم يتغير شيء؛ يرجى المحاولة مجدداً.
error-transport = لم يصل الطلب إلى الخادم. تحقق من اتصالك وحاول مجدداً.
error-email-invalid = أدخل بريداً إلكترونياً مثل name@city.org.
error-email-taken = هذا البريد الإلكتروني مستخدم في حساب آخر.
error-password-too-short = يجب أن تتكون كلمة المرور من 10 أحرف على الأقل.
error-password-too-long = لا يمكن أن تتجاوز كلمة المرور 200 حرف.
error-password-mismatch = كلمتا المرور غير متطابقتين.
error-name-required = أدخل اسماً.
error-name-too-long = لا يمكن أن يتجاوز الاسم 200 حرف.
error-choice-invalid = اختر أحد الخيارات.
error-cross-origin = رُفض هذا الطلب لأنه صادر عن موقع آخر.
