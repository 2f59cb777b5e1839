// Every text the field app shows, in Chinese, Uyghur (Arabic script, right to left) and English,
// and how numbers and dates are written in each. The language comes first from the browser
// (navigator.languages), then from the account (GET /api/me, see app.js); it can be switched on
// every screen, and the device keeps the last choice in localStorage for the sign-in screen.

export const MESSAGES = {
  zh: {
    'app.title': '启明筛查',
    'app.subtitle': '外展筛查离线工具',
    'status.online': '在线 · online',
    'status.offline': '离线 · offline',
    'lang.label': '语言',
    'signin.title': '登录',
    'signin.username': '用户名',
    'signin.password': '密码',
    'signin.submit': '登录',
    'signin.wrong': '用户名或密码不正确。',
    'signin.offline': '无网络：已用本机保存的数据离线解锁。',
    'signin.offlineUnknown': '无网络，且本机没有该账户的数据，请联网后登录。',
    'signin.again': '登录已过期，请重新登录；待发送的数据都保留着。',
    'signin.rekeyRefused': '本机有用旧密码加密且未发送的数据，请先用旧密码离线解锁并联网发送。',
    'unlock.title': '已锁定',
    'unlock.account': '账户：{name}',
    'unlock.password': '密码',
    'unlock.submit': '解锁',
    'unlock.wrong': '密码不正确。',
    'unlock.other': '用其他账户登录',
    'nav.prepare': '准备',
    'nav.children': '儿童',
    'nav.sync': '同步',
    'nav.signout': '退出',
    'nav.inbox': '收件箱',
    'inbox.title': '收件箱',
    'inbox.offline': '离线：收件箱只在联网时显示。',
    'inbox.none': '收件箱是空的。',
    'inbox.unread': '未读',
    'inbox.unreadCount': '{count} 条未读',
    'inbox.markRead': '标为已读',
    'inbox.more': '更早的提醒请在网页版查看。',
    'inbox.failed': '收件箱读取失败：{detail}',
    'inbox.refresh': '刷新',
    'prepare.title': '准备今天的筛查',
    'prepare.clinics': '今天及以后的义诊',
    'prepare.noClinics': '没有找到义诊。',
    'prepare.clinicsOffline': '离线时无法列出义诊。',
    'prepare.download': '下载',
    'prepare.place': '或选择一个乡镇',
    'prepare.placeCode': '乡镇代码',
    'prepare.downloadPlace': '下载乡镇数据包',
    'prepare.downloading': '正在下载…',
    'prepare.failed': '下载失败：{detail}',
    'pack.none': '还没有数据包。',
    'pack.summary': '数据包：{place}{clinic}，{count} 名儿童，{time} 准备',
    'pack.truncated': '（已截断到 {limit} 名）',
    'children.title': '儿童',
    'children.search': '查找：姓名（汉字、维吾尔文或拉丁维文）、拼音首字母、出生日期或电话',
    'children.none': '没有匹配的儿童。',
    'children.new': '登记新儿童',
    'children.local': '本机登记',
    'children.booked': '已预约',
    'children.attended': '已到场',
    'child.sexMALE': '男',
    'child.sexFEMALE': '女',
    'child.vision': '视力',
    'child.hearing': '听力',
    'child.speech': '言语',
    'child.attendance': '登记到场',
    'child.attendanceDone': '已登记到场（{kind}）',
    'child.noConsent': '注意：没有筛查知情同意。',
    'child.close': '返回',
    'form.childTitle': '登记新儿童',
    'form.name': '儿童姓名（汉字或拼音）',
    'form.nameUg': '儿童维吾尔文姓名',
    'form.sex': '性别',
    'form.birthDate': '出生日期',
    'form.guardianName': '监护人姓名（汉字或拼音）',
    'form.guardianNameUg': '监护人维吾尔文姓名',
    'form.relationship': '与儿童关系',
    'form.phone': '监护人电话',
    'form.consent': '监护人今天同意筛查',
    'form.save': '保存',
    'form.cancel': '取消',
    'form.needPack': '请先下载数据包（确定儿童所在地）。',
    'form.saved': '已保存在本机，联网后发送。',
    'rel.mother': '母亲',
    'rel.father': '父亲',
    'rel.grandparent': '祖父母',
    'rel.other': '其他监护人',
    'screening.VISION': '视力筛查',
    'screening.HEARING': '听力筛查',
    'screening.SPEECH': '言语筛查',
    'screening.method': '方法',
    'screening.notation': '记录方式',
    'screening.rightUncorrected': '右眼裸眼',
    'screening.leftUncorrected': '左眼裸眼',
    'screening.rightCorrected': '右眼矫正（可选）',
    'screening.leftCorrected': '左眼矫正（可选）',
    'screening.rightEar': '右耳',
    'screening.leftEar': '左耳',
    'screening.pt': '{ear} {freq} Hz（dB HL）',
    'screening.outcome': '结果',
    'screening.save': '保存筛查',
    'screening.saved': '已保存（{ms} 毫秒）',
    'screening.pending': '离线分类不可用，结果将在同步后由服务器给出。',
    'screening.reasons': '原因：{reasons}',
    'method.OPTOTYPE': '视力表',
    'method.INSTRUMENT': '仪器筛查',
    'method.CLINICIAN': '医生判断',
    'method.OAE': '耳声发射 OAE',
    'method.AABR': '自动听性脑干反应 AABR',
    'method.PURE_TONE': '纯音测听',
    'notation.DECIMAL': '小数（0.8）',
    'notation.FIVE_POINT': '五分记录（4.9）',
    'notation.LOGMAR': 'LogMAR（0.1）',
    'notation.SNELLEN_METRIC': 'Snellen 米制（6/12）',
    'notation.SNELLEN_IMPERIAL': 'Snellen 英制（20/40）',
    'outcome.PASS': '通过',
    'outcome.REFER': '转诊',
    'result.PASS': '通过',
    'result.REFER': '需转诊',
    'error.required': '必填',
    'error.number': '请填数字',
    'error.snellen-metric': '格式如 6/12',
    'error.snellen-imperial': '格式如 20/40',
    'error.whole-db': '请填整数分贝',
    'error.outcome': '请选择通过或转诊',
    'error.notation': '请选择记录方式',
    'error.method': '请选择方法',
    'error.date': '日期格式 YYYY-MM-DD',
    'error.nameOrUg': '请填写汉字姓名或维吾尔文姓名，至少一个',
    'class.betterEyeLogMar': '较好眼 logMAR',
    'class.icd11VisionCategory': 'ICD-11 视力分级',
    'class.gbVisionDisabilityGrade': '视力残疾等级（GB）',
    'class.provisional': '暂定',
    'class.pta4Right': '右耳 PTA4（dB）',
    'class.pta4Left': '左耳 PTA4（dB）',
    'class.whoHearingGrade': 'WHO 听力分级',
    'class.gbHearingDisabilityGrade': '听力残疾等级（GB）',
    'sync.title': '同步',
    'sync.now': '立即同步',
    'sync.waiting': '待发送',
    'sync.sent': '已发送',
    'sync.attention': '需处理',
    'sync.running': '正在同步…',
    'sync.done': '同步完成：发送 {sent} 条，需处理 {attention} 条。',
    'sync.network': '网络中断，{seconds} 秒后重试；数据都保留着。',
    'sync.signin': '请重新登录后同步。',
    'sync.kind.patient': '新儿童 {name}',
    'sync.kind.consent': '知情同意 {name}',
    'sync.kind.attendance': '到场 {name}',
    'sync.kind.screening': '{what} {name}',
    'sync.waitsFor': '等待该儿童先登记成功',
    'sync.differs': '服务器的结果与离线结果不同，以服务器为准：{result}',
    'sync.retry': '重新发送',
    'sync.discard': '放弃此条',
    'sync.discardConfirm': '确定放弃这条记录？它不会发送到服务器。',
    'dup.title': '可能重复的儿童',
    'dup.intro': '服务器上可能已有这个儿童：{name}，{birthDate}',
    'dup.same': '是同一个儿童：{name}，{birthDate}',
    'dup.different': '是另一个儿童，仍然登记',
    'problem.possible-duplicate': '可能是已登记的儿童。',
    'problem.duplicate-patient': '身份证号已登记过。',
    'problem.no-consent': '没有筛查知情同意。',
    'problem.not-found': '找不到该记录（可能已被合并，或不在您的范围内）。',
    'problem.forbidden': '您无权进行此操作。',
    'problem.invalid-input': '输入有误。',
    'problem.clinic-full': '义诊名额已满。',
    'problem.idempotency-key-reused': '同一编号已用于不同内容。',
    'problem.phase-closed': '该阶段已关闭。',
    'problem.patient-merged': '该儿童已被合并到另一条记录。',
    'problem.already-attending': '该儿童已登记在本次义诊。',
    'problem.clinic-not-open-for-attendance': '该义诊现在不能登记到场。',
    'problem.consent-already-withdrawn': '该知情同意已撤回。',
    'problem.stale-version': '记录已被他人修改。',
    'problem.service-unavailable': '服务器暂时不可用。',
    'sync.survivor': '改为发送到合并后的记录',
    'signout.title': '退出登录',
    'signout.unsent': '本机还有 {count} 条未发送的记录。',
    'signout.confirmUnsent': '我知道未发送的记录会丢失',
    'signout.wipe': '退出并清除本机数据',
    'signout.keep': '退出，保留加密数据',
    'signout.cancel': '取消',
    'signout.refused': '还有未发送的记录：请先同步，或勾选确认。',
    'signout.wiped': '本机数据已清除。',
  },
  en: {
    'app.title': 'AllianceCare field',
    'app.subtitle': 'Outreach screening, offline',
    'status.online': 'online',
    'status.offline': 'offline',
    'lang.label': 'Language',
    'signin.title': 'Sign in',
    'signin.username': 'Username',
    'signin.password': 'Password',
    'signin.submit': 'Sign in',
    'signin.wrong': 'Wrong username or password.',
    'signin.offline': 'No network: unlocked offline with the data kept on this device.',
    'signin.offlineUnknown': 'No network, and this device holds no data of that account: sign in online first.',
    'signin.again': 'Your session has expired: sign in again; everything waiting to be sent is kept.',
    'signin.rekeyRefused': 'This device holds unsent data sealed with your previous password: unlock it offline with that password and sync first.',
    'unlock.title': 'Locked',
    'unlock.account': 'Account: {name}',
    'unlock.password': 'Password',
    'unlock.submit': 'Unlock',
    'unlock.wrong': 'Wrong password.',
    'unlock.other': 'Sign in as someone else',
    'nav.prepare': 'Prepare',
    'nav.children': 'Children',
    'nav.sync': 'Sync',
    'nav.signout': 'Sign out',
    'nav.inbox': 'Inbox',
    'inbox.title': 'Inbox',
    'inbox.offline': 'Offline: the inbox is shown only online.',
    'inbox.none': 'Your inbox is empty.',
    'inbox.unread': 'unread',
    'inbox.unreadCount': '{count} unread',
    'inbox.markRead': 'Mark read',
    'inbox.more': 'Older reminders are in the web app.',
    'inbox.failed': 'The inbox could not be read: {detail}',
    'inbox.refresh': 'Refresh',
    'prepare.title': 'Prepare the day',
    'prepare.clinics': 'Clinics today and later',
    'prepare.noClinics': 'No clinics found.',
    'prepare.clinicsOffline': 'Clinics cannot be listed offline.',
    'prepare.download': 'Download',
    'prepare.place': 'Or a township',
    'prepare.placeCode': 'Township code',
    'prepare.downloadPlace': 'Download township pack',
    'prepare.downloading': 'Downloading…',
    'prepare.failed': 'Download failed: {detail}',
    'pack.none': 'No pack yet.',
    'pack.summary': 'Pack: {place}{clinic}, {count} children, prepared {time}',
    'pack.truncated': ' (cut at {limit})',
    'children.title': 'Children',
    'children.search': 'Find: name (Chinese, Uyghur or Uyghur Latin), pinyin initials, birth date or phone',
    'children.none': 'No child matches.',
    'children.new': 'Register a new child',
    'children.local': 'registered here',
    'children.booked': 'booked',
    'children.attended': 'attended',
    'child.sexMALE': 'boy',
    'child.sexFEMALE': 'girl',
    'child.vision': 'Vision',
    'child.hearing': 'Hearing',
    'child.speech': 'Speech',
    'child.attendance': 'Record attendance',
    'child.attendanceDone': 'Attendance recorded ({kind})',
    'child.noConsent': 'Note: no screening consent.',
    'child.close': 'Back',
    'form.childTitle': 'Register a new child',
    'form.name': "Child's name (Chinese characters or Latin)",
    'form.nameUg': "Child's name in Uyghur",
    'form.sex': 'Sex',
    'form.birthDate': 'Birth date',
    'form.guardianName': "Guardian's name (Chinese characters or Latin)",
    'form.guardianNameUg': "Guardian's name in Uyghur",
    'form.relationship': 'Relationship to the child',
    'form.phone': "Guardian's phone",
    'form.consent': 'The guardian consents to screening today',
    'form.save': 'Save',
    'form.cancel': 'Cancel',
    'form.needPack': 'Download a pack first (it sets the child\'s place).',
    'form.saved': 'Saved on this device; sent when online.',
    'rel.mother': 'mother',
    'rel.father': 'father',
    'rel.grandparent': 'grandparent',
    'rel.other': 'other guardian',
    'screening.VISION': 'Vision screening',
    'screening.HEARING': 'Hearing screening',
    'screening.SPEECH': 'Speech screening',
    'screening.method': 'Method',
    'screening.notation': 'Notation',
    'screening.rightUncorrected': 'Right eye, uncorrected',
    'screening.leftUncorrected': 'Left eye, uncorrected',
    'screening.rightCorrected': 'Right eye, corrected (optional)',
    'screening.leftCorrected': 'Left eye, corrected (optional)',
    'screening.rightEar': 'Right ear',
    'screening.leftEar': 'Left ear',
    'screening.pt': '{ear} {freq} Hz (dB HL)',
    'screening.outcome': 'Outcome',
    'screening.save': 'Save screening',
    'screening.saved': 'Saved ({ms} ms)',
    'screening.pending': 'Offline classification unavailable: the server gives the result at sync.',
    'screening.reasons': 'Why: {reasons}',
    'method.OPTOTYPE': 'Eye chart',
    'method.INSTRUMENT': 'Instrument',
    'method.CLINICIAN': 'Clinician',
    'method.OAE': 'OAE',
    'method.AABR': 'AABR',
    'method.PURE_TONE': 'Pure tone',
    'notation.DECIMAL': 'Decimal (0.8)',
    'notation.FIVE_POINT': 'Five-point (4.9)',
    'notation.LOGMAR': 'LogMAR (0.1)',
    'notation.SNELLEN_METRIC': 'Snellen metric (6/12)',
    'notation.SNELLEN_IMPERIAL': 'Snellen imperial (20/40)',
    'outcome.PASS': 'Pass',
    'outcome.REFER': 'Refer',
    'result.PASS': 'Pass',
    'result.REFER': 'Refer',
    'error.required': 'Required',
    'error.number': 'A number',
    'error.snellen-metric': 'Like 6/12',
    'error.snellen-imperial': 'Like 20/40',
    'error.whole-db': 'Whole decibels',
    'error.outcome': 'Pass or refer',
    'error.notation': 'Choose a notation',
    'error.method': 'Choose a method',
    'error.date': 'Date as YYYY-MM-DD',
    'error.nameOrUg': 'The name in Chinese or in Uyghur: at least one',
    'class.betterEyeLogMar': 'Better eye logMAR',
    'class.icd11VisionCategory': 'ICD-11 vision category',
    'class.gbVisionDisabilityGrade': 'Vision disability grade (GB)',
    'class.provisional': 'Provisional',
    'class.pta4Right': 'Right ear PTA4 (dB)',
    'class.pta4Left': 'Left ear PTA4 (dB)',
    'class.whoHearingGrade': 'WHO hearing grade',
    'class.gbHearingDisabilityGrade': 'Hearing disability grade (GB)',
    'sync.title': 'Sync',
    'sync.now': 'Sync now',
    'sync.waiting': 'Waiting',
    'sync.sent': 'Sent',
    'sync.attention': 'Needs attention',
    'sync.running': 'Syncing…',
    'sync.done': 'Sync done: {sent} sent, {attention} need attention.',
    'sync.network': 'Network lost; retrying in {seconds} s. Nothing is lost.',
    'sync.signin': 'Sign in again to sync.',
    'sync.kind.patient': 'New child {name}',
    'sync.kind.consent': 'Consent {name}',
    'sync.kind.attendance': 'Attendance {name}',
    'sync.kind.screening': '{what} {name}',
    'sync.waitsFor': 'Waits until the child is registered',
    'sync.differs': "The server's result differs from the offline one; the server's counts: {result}",
    'sync.retry': 'Send again',
    'sync.discard': 'Discard this item',
    'sync.discardConfirm': 'Discard this item? It will never reach the server.',
    'dup.title': 'Possible duplicate child',
    'dup.intro': 'The server may already know this child: {name}, {birthDate}',
    'dup.same': 'Same child as {name}, {birthDate}',
    'dup.different': 'A different child: register anyway',
    'problem.possible-duplicate': 'This child may already be registered.',
    'problem.duplicate-patient': 'This identity number is already registered.',
    'problem.no-consent': 'No screening consent.',
    'problem.not-found': 'Record not found (merged away, or outside your scope).',
    'problem.forbidden': 'You may not do this.',
    'problem.invalid-input': 'Some values are not valid.',
    'problem.clinic-full': 'The clinic is full.',
    'problem.idempotency-key-reused': 'This key was already used for other content.',
    'problem.phase-closed': 'The phase is closed.',
    'problem.patient-merged': 'This child was merged into another record.',
    'problem.already-attending': 'The child is already recorded at this clinic.',
    'problem.clinic-not-open-for-attendance': 'The clinic does not take attendances now.',
    'problem.consent-already-withdrawn': 'This consent was already withdrawn.',
    'problem.stale-version': 'Someone else changed the record.',
    'problem.service-unavailable': 'The server is unavailable for a moment.',
    'sync.survivor': 'Send it for the surviving record',
    'signout.title': 'Sign out',
    'signout.unsent': '{count} items on this device are not sent yet.',
    'signout.confirmUnsent': 'I understand the unsent items will be lost',
    'signout.wipe': 'Sign out and wipe this device',
    'signout.keep': 'Sign out, keep the encrypted data',
    'signout.cancel': 'Cancel',
    'signout.refused': 'Items are not sent yet: sync first, or tick the confirmation.',
    'signout.wiped': 'The data on this device was wiped.',
  },
  ug: {
    'app.title': 'سەھرا تەكشۈرۈش',
    'app.subtitle': 'يېزىلاردىكى تەكشۈرۈش، تورسىز',
    'status.online': 'توردا · online',
    'status.offline': 'تورسىز · offline',
    'lang.label': 'تىل',
    'signin.title': 'كىرىش',
    'signin.username': 'ئىشلەتكۈچى نامى',
    'signin.password': 'پارول',
    'signin.submit': 'كىرىش',
    'signin.wrong': 'ئىشلەتكۈچى نامى ياكى پارول خاتا.',
    'signin.offline': 'تور يوق: بۇ ئۈسكۈنىدە ساقلانغان سانلىق مەلۇمات بىلەن تورسىز ئېچىلدى.',
    'signin.offlineUnknown': 'تور يوق، بۇ ئۈسكۈنىدە بۇ ھېساباتنىڭ سانلىق مەلۇماتى يوق: ئاۋۋال تورغا ئۇلىنىپ كىرىڭ.',
    'signin.again': 'كىرىش ۋاقتى ئۆتۈپ كەتتى، قايتا كىرىڭ؛ يوللىنىدىغان ھەممە سانلىق مەلۇمات ساقلىنىپ تۇرىدۇ.',
    'signin.rekeyRefused': 'بۇ ئۈسكۈنىدە كونا پارول بىلەن شىفىرلانغان، تېخى يوللانمىغان سانلىق مەلۇمات بار: ئاۋۋال كونا پارول بىلەن تورسىز ئېچىپ، تورغا ئۇلىنىپ يوللاڭ.',
    'unlock.title': 'قۇلۇپلانغان',
    'unlock.account': 'ھېسابات: {name}',
    'unlock.password': 'پارول',
    'unlock.submit': 'قۇلۇپنى ئېچىش',
    'unlock.wrong': 'پارول خاتا.',
    'unlock.other': 'باشقا ھېسابات بىلەن كىرىش',
    'nav.prepare': 'تەييارلىق',
    'nav.children': 'بالىلار',
    'nav.sync': 'ماس قەدەملەش',
    'nav.signout': 'چىقىش',
    'nav.inbox': 'خەت ساندۇقى',
    'inbox.title': 'خەت ساندۇقى',
    'inbox.offline': 'تورسىز: خەت ساندۇقى پەقەت توردا كۆرۈنىدۇ.',
    'inbox.none': 'خەت ساندۇقىڭىز قۇرۇق.',
    'inbox.unread': 'ئوقۇلمىغان',
    'inbox.unreadCount': '{count} ئوقۇلمىغان',
    'inbox.markRead': 'ئوقۇلدى دەپ بەلگىلەش',
    'inbox.more': 'كونىراق ئەسكەرتىشلەر تور نۇسخىسىدا.',
    'inbox.failed': 'خەت ساندۇقىنى ئوقۇغىلى بولمىدى: {detail}',
    'inbox.refresh': 'يېڭىلاش',
    'prepare.title': 'بۈگۈنكى تەكشۈرۈشكە تەييارلىق',
    'prepare.clinics': 'بۈگۈنكى ۋە كېيىنكى ھەقسىز داۋالاش پائالىيەتلىرى',
    'prepare.noClinics': 'ھەقسىز داۋالاش پائالىيىتى تېپىلمىدى.',
    'prepare.clinicsOffline': 'تورسىز ھالەتتە ھەقسىز داۋالاش پائالىيەتلىرىنى كۆرسەتكىلى بولمايدۇ.',
    'prepare.download': 'چۈشۈرۈش',
    'prepare.place': 'ياكى بىر يېزا-بازارنى تاللاڭ',
    'prepare.placeCode': 'يېزا-بازار كودى',
    'prepare.downloadPlace': 'يېزا-بازارنىڭ سانلىق مەلۇمات بوغچىسىنى چۈشۈرۈش',
    'prepare.downloading': 'چۈشۈرۈۋاتىدۇ…',
    'prepare.failed': 'چۈشۈرۈش مەغلۇپ بولدى: {detail}',
    'pack.none': 'تېخى سانلىق مەلۇمات بوغچىسى يوق.',
    'pack.summary': 'سانلىق مەلۇمات بوغچىسى: {place}{clinic}، {count} بالا، تەييارلانغان ۋاقتى: {time}',
    'pack.truncated': ' ({limit} بالىغىچە قىسقارتىلدى)',
    'children.title': 'بالىلار',
    'children.search': 'ئىزدەش: ئىسىم (ئۇيغۇرچە، لاتىن يېزىقىدا ياكى خەنزۇچە)، پىنيىن باش ھەرپلىرى، تۇغۇلغان ۋاقتى ياكى تېلېفون',
    'children.none': 'ماس كېلىدىغان بالا يوق.',
    'children.new': 'يېڭى بالا تىزىملاش',
    'children.local': 'بۇ يەردە تىزىملانغان',
    'children.booked': 'ۋاقىت بەلگىلەنگەن',
    'children.attended': 'كەلدى',
    'child.sexMALE': 'ئوغۇل',
    'child.sexFEMALE': 'قىز',
    'child.vision': 'كۆرۈش',
    'child.hearing': 'ئاڭلاش',
    'child.speech': 'سۆزلەش',
    'child.attendance': 'كەلگەنلىكىنى تىزىملاش',
    'child.attendanceDone': 'كەلگەنلىكى تىزىملاندى ({kind})',
    'child.noConsent': 'دىققەت: ھامىينىڭ تەكشۈرۈشكە قوشۇلۇشى يوق.',
    'child.close': 'قايتىش',
    'form.childTitle': 'يېڭى بالا تىزىملاش',
    'form.name': 'بالىنىڭ ئىسمى (خەنزۇچە ياكى لاتىن يېزىقىدا)',
    'form.nameUg': 'بالىنىڭ ئۇيغۇرچە ئىسمى',
    'form.sex': 'جىنسى',
    'form.birthDate': 'تۇغۇلغان ۋاقتى',
    'form.guardianName': 'ھامىينىڭ ئىسمى (خەنزۇچە ياكى لاتىن يېزىقىدا)',
    'form.guardianNameUg': 'ھامىينىڭ ئۇيغۇرچە ئىسمى',
    'form.relationship': 'بالا بىلەن مۇناسىۋىتى',
    'form.phone': 'ھامىينىڭ تېلېفونى',
    'form.consent': 'ھامىي بۈگۈن تەكشۈرۈشكە قوشۇلدى',
    'form.save': 'ساقلاش',
    'form.cancel': 'بىكار قىلىش',
    'form.needPack': 'ئاۋۋال سانلىق مەلۇمات بوغچىسىنى چۈشۈرۈڭ (ئۇ بالىنىڭ ئورنىنى بەلگىلەيدۇ).',
    'form.saved': 'بۇ ئۈسكۈنىدە ساقلاندى؛ تورغا ئۇلانغاندا يوللىنىدۇ.',
    'rel.mother': 'ئانىسى',
    'rel.father': 'ئاتىسى',
    'rel.grandparent': 'بوۋىسى ياكى مومىسى',
    'rel.other': 'باشقا ھامىي',
    'screening.VISION': 'كۆرۈش تەكشۈرۈشى',
    'screening.HEARING': 'ئاڭلاش تەكشۈرۈشى',
    'screening.SPEECH': 'سۆزلەش تەكشۈرۈشى',
    'screening.method': 'ئۇسۇل',
    'screening.notation': 'خاتىرىلەش شەكلى',
    'screening.rightUncorrected': 'ئوڭ كۆز، كۆزەينەكسىز',
    'screening.leftUncorrected': 'سول كۆز، كۆزەينەكسىز',
    'screening.rightCorrected': 'ئوڭ كۆز، كۆزەينەك بىلەن (ئىختىيارىي)',
    'screening.leftCorrected': 'سول كۆز، كۆزەينەك بىلەن (ئىختىيارىي)',
    'screening.rightEar': 'ئوڭ قۇلاق',
    'screening.leftEar': 'سول قۇلاق',
    'screening.pt': '{ear} {freq} Hz (dB HL)',
    'screening.outcome': 'نەتىجە',
    'screening.save': 'تەكشۈرۈشنى ساقلاش',
    'screening.saved': 'ساقلاندى ({ms} مىللىسېكۇنت)',
    'screening.pending': 'تورسىز ھالەتتە نەتىجىنى ئايرىغىلى بولمايدۇ: نەتىجىنى ماس قەدەملىگەندە مۇلازىمېتىر بېرىدۇ.',
    'screening.reasons': 'سەۋەبى: {reasons}',
    'method.OPTOTYPE': 'كۆرۈش جەدۋىلى',
    'method.INSTRUMENT': 'ئەسۋاب بىلەن تەكشۈرۈش',
    'method.CLINICIAN': 'دوختۇرنىڭ باھاسى',
    'method.OAE': 'قۇلاق ئاكۇستىك قايتما ئاۋازى OAE',
    'method.AABR': 'ئاپتوماتىك مېڭە غولى ئاڭلاش ئىنكاسى AABR',
    'method.PURE_TONE': 'ساپ ئاۋاز بىلەن ئاڭلاش سىنىقى',
    'notation.DECIMAL': 'ئونلۇق كەسىر (0.8)',
    'notation.FIVE_POINT': 'بەش نومۇرلۇق خاتىرە (4.9)',
    'notation.LOGMAR': 'LogMAR (0.1)',
    'notation.SNELLEN_METRIC': 'Snellen مېتىرلىق (6/12)',
    'notation.SNELLEN_IMPERIAL': 'Snellen ئىنگلىزچە ئۆلچەم (20/40)',
    'outcome.PASS': 'ئۆتتى',
    'outcome.REFER': 'يوللاش',
    'result.PASS': 'ئۆتتى',
    'result.REFER': 'دوختۇرخانىغا يوللاش كېرەك',
    'error.required': 'چوقۇم تولدۇرۇلىدۇ',
    'error.number': 'سان يېزىڭ',
    'error.snellen-metric': 'مەسىلەن 6/12',
    'error.snellen-imperial': 'مەسىلەن 20/40',
    'error.whole-db': 'دېتسىبېلنى پۈتۈن سان بىلەن يېزىڭ',
    'error.outcome': '«ئۆتتى» ياكى «يوللاش» نى تاللاڭ',
    'error.notation': 'خاتىرىلەش شەكلىنى تاللاڭ',
    'error.method': 'ئۇسۇلنى تاللاڭ',
    'error.date': 'چېسلا YYYY-MM-DD شەكلىدە',
    'error.nameOrUg': 'ئىسىمنى خەنزۇچە ياكى ئۇيغۇرچە يېزىڭ، ھېچ بولمىغاندا بىرىنى',
    'class.betterEyeLogMar': 'ياخشىراق كۆزنىڭ logMAR قىممىتى',
    'class.icd11VisionCategory': 'ICD-11 كۆرۈش دەرىجىسى',
    'class.gbVisionDisabilityGrade': 'كۆرۈش مېيىپلىقى دەرىجىسى (GB)',
    'class.provisional': 'ۋاقىتلىق',
    'class.pta4Right': 'ئوڭ قۇلاق PTA4 (dB)',
    'class.pta4Left': 'سول قۇلاق PTA4 (dB)',
    'class.whoHearingGrade': 'WHO ئاڭلاش دەرىجىسى',
    'class.gbHearingDisabilityGrade': 'ئاڭلاش مېيىپلىقى دەرىجىسى (GB)',
    'sync.title': 'ماس قەدەملەش',
    'sync.now': 'ھازىرلا ماس قەدەملەش',
    'sync.waiting': 'يوللىنىشنى كۈتۈۋاتىدۇ',
    'sync.sent': 'يوللاندى',
    'sync.attention': 'بىر تەرەپ قىلىش كېرەك',
    'sync.running': 'ماس قەدەملەۋاتىدۇ…',
    'sync.done': 'ماس قەدەملەش تاماملاندى: {sent} يوللاندى، {attention} بىر تەرەپ قىلىش كېرەك.',
    'sync.network': 'تور ئۈزۈلدى، {seconds} سېكۇنتتىن كېيىن قايتا سىنايدۇ؛ سانلىق مەلۇمات ساقلىنىپ تۇرىدۇ.',
    'sync.signin': 'ماس قەدەملەش ئۈچۈن قايتا كىرىڭ.',
    'sync.kind.patient': 'يېڭى بالا {name}',
    'sync.kind.consent': 'قوشۇلۇش {name}',
    'sync.kind.attendance': 'كەلگەنلىك {name}',
    'sync.kind.screening': '{what} {name}',
    'sync.waitsFor': 'بالا تىزىملانغۇچە كۈتىدۇ',
    'sync.differs': 'مۇلازىمېتىرنىڭ نەتىجىسى تورسىز نەتىجىدىن پەرقلىق، مۇلازىمېتىرنىڭكى ئاساس: {result}',
    'sync.retry': 'قايتا يوللاش',
    'sync.discard': 'بۇ خاتىرىنى تاشلاش',
    'sync.discardConfirm': 'بۇ خاتىرىنى تاشلامسىز؟ ئۇ مۇلازىمېتىرغا ھەرگىز يېتىپ بارمايدۇ.',
    'dup.title': 'تەكرار بولۇشى مۇمكىن بالا',
    'dup.intro': 'مۇلازىمېتىردا بۇ بالا بولۇشى مۇمكىن: {name}، {birthDate}',
    'dup.same': 'ئوخشاش بالا: {name}، {birthDate}',
    'dup.different': 'باشقا بالا، يەنىلا تىزىملاش',
    'problem.possible-duplicate': 'بۇ بالا ئاللىقاچان تىزىملانغان بولۇشى مۇمكىن.',
    'problem.duplicate-patient': 'بۇ كىملىك نومۇرى ئاللىقاچان تىزىملانغان.',
    'problem.no-consent': 'تەكشۈرۈشكە قوشۇلۇش يوق.',
    'problem.not-found': 'خاتىرە تېپىلمىدى (بىرلەشتۈرۈلگەن ياكى سىزنىڭ دائىرىڭىزدە ئەمەس).',
    'problem.forbidden': 'بۇ مەشغۇلاتنى قىلىش ھوقۇقىڭىز يوق.',
    'problem.invalid-input': 'كىرگۈزۈلگەن قىممەتلەردە خاتالىق بار.',
    'problem.clinic-full': 'ھەقسىز داۋالاشنىڭ ئورنى توشتى.',
    'problem.idempotency-key-reused': 'بۇ نومۇر باشقا مەزمۇن ئۈچۈن ئىشلىتىلگەن.',
    'problem.phase-closed': 'بۇ باسقۇچ تاقالغان.',
    'problem.patient-merged': 'بۇ بالا باشقا بىر خاتىرىگە بىرلەشتۈرۈلگەن.',
    'problem.already-attending': 'بۇ بالا بۇ قېتىملىق ھەقسىز داۋالاشتا ئاللىقاچان تىزىملانغان.',
    'problem.clinic-not-open-for-attendance': 'بۇ ھەقسىز داۋالاش ھازىر كەلگەنلىك تىزىملىمايدۇ.',
    'problem.consent-already-withdrawn': 'بۇ قوشۇلۇش ئاللىقاچان قايتۇرۇۋېلىنغان.',
    'problem.stale-version': 'خاتىرىنى باشقا بىرى ئۆزگەرتكەن.',
    'problem.service-unavailable': 'مۇلازىمېتىر ۋاقىتلىق ئىشلىمەيدۇ.',
    'sync.survivor': 'بىرلەشتۈرۈلگەن خاتىرىگە يوللاش',
    'signout.title': 'چىقىش',
    'signout.unsent': 'بۇ ئۈسكۈنىدە تېخى يوللانمىغان {count} خاتىرە بار.',
    'signout.confirmUnsent': 'يوللانمىغان خاتىرىلەرنىڭ يوقىلىدىغانلىقىنى بىلىمەن',
    'signout.wipe': 'چىقىپ، بۇ ئۈسكۈنىدىكى سانلىق مەلۇماتنى ئۆچۈرۈش',
    'signout.keep': 'چىقىپ، شىفىرلانغان سانلىق مەلۇماتنى ساقلاپ قېلىش',
    'signout.cancel': 'بىكار قىلىش',
    'signout.refused': 'تېخى يوللانمىغان خاتىرىلەر بار: ئاۋۋال ماس قەدەملەڭ ياكى جەزملەشتۈرۈشنى بەلگىلەڭ.',
    'signout.wiped': 'بۇ ئۈسكۈنىدىكى سانلىق مەلۇمات ئۆچۈرۈلدى.',
  },
};

/** The three languages, each named in itself (the switch shows these, never translated). */
export const LANGUAGES = [
  { code: 'zh', tag: 'zh-CN', name: '中文', dir: 'ltr' },
  { code: 'ug', tag: 'ug-CN', name: 'ئۇيغۇرچە', dir: 'rtl' },
  { code: 'en', tag: 'en', name: 'English', dir: 'ltr' },
];

let current = 'zh';

/** The language of a tag ("ug-CN", "zh-Hans", "en-US", "ug-Arab"…), or null when none of ours. */
export function languageOf(tag) {
  const primary = String(tag || '').toLowerCase().split(/[-_]/)[0];
  return primary in MESSAGES ? primary : null;
}

/** The language for a browser language tag: ours when it is one, English otherwise. */
export function languageFor(tag) {
  return languageOf(tag) || 'en';
}

/** The first of the browser's languages (in its order of preference) that the app speaks. */
export function languageFromBrowser(nav = globalThis.navigator) {
  const tags = (nav && nav.languages && nav.languages.length ? nav.languages : [nav && nav.language]) || [];
  for (const tag of tags) if (languageOf(tag)) return languageOf(tag);
  return 'en';
}

/** The BCP 47 tag of a language: what Accept-Language and PATCH /api/me carry. */
export function tagOf(code = current) {
  return (LANGUAGES.find((l) => l.code === code) || LANGUAGES[2]).tag;
}

export function initLanguage(storage = globalThis.localStorage, nav = globalThis.navigator) {
  const saved = storage && storage.getItem('field.lang');
  current = saved && MESSAGES[saved] ? saved : languageFromBrowser(nav);
  return current;
}

export function language() {
  return current;
}

/** Switches to a language code or tag; answers whether it is one the app speaks. */
export function setLanguage(lang, storage = globalThis.localStorage) {
  const code = MESSAGES[lang] ? lang : languageOf(lang);
  if (!code) return false;
  current = code;
  if (storage) storage.setItem('field.lang', code);
  return true;
}

/**
 * What an online sign-in does with the account's language: a choice made on the device and not
 * sent yet is newer and is sent; else the server's choice (GET /api/me) is taken; else, when the
 * account never chose (null) and this device did, the device's choice is sent. Answers
 * {use: tag or null, send: whether to PATCH /api/me}. {@code server} is undefined when the
 * server does not answer a language at all.
 */
export function languageAtSignIn(settings, server, deviceChose) {
  if (settings && settings.languageUnsent && languageOf(settings.language)) return { use: settings.language, send: true };
  if (languageOf(server)) return { use: server, send: false };
  if (server === null && deviceChose) return { use: tagOf(), send: true };
  return { use: null, send: false };
}

/**
 * Whether an answer to PATCH /api/me settles the choice: yes when taken (2xx) or refused for good
 * (400, 403…); no when it should be sent again later: signed out (401), a server without the
 * language of accounts (404, 405), busy or failing (408, 429, 5xx).
 */
export function languageSettled(status) {
  return status < 300 || (status < 500 && ![401, 404, 405, 408, 429].includes(status));
}

/** The text of a key in the current language, with {name} placeholders filled. */
export function t(key, params = {}) {
  const text = MESSAGES[current][key] ?? MESSAGES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

export function has(key) {
  return key in MESSAGES[current];
}

// ---------- numbers and dates ----------

// Chromium's own ICU data carries no Uyghur (Intl answers en-US for 'ug-CN'): where Intl does not
// know a locale, Uyghur dates are written here from CLDR's ug data (as the JDK writes them:
// "5-دېكابىر، 2026", "4:30 چۈشتىن كېيىن"); Uyghur numbers are CLDR's latn digits with "," and "."
// as in English, so English number formatting is the same text.
const UG_MONTHS = ['يانۋار', 'فېۋرال', 'مارت', 'ئاپرېل', 'ماي', 'ئىيۇن', 'ئىيۇل', 'ئاۋغۇست', 'سېنتەبىر', 'ئۆكتەبىر', 'نويابىر', 'دېكابىر'];
const UG_DAY_PERIODS = ['چۈشتىن بۇرۇن', 'چۈشتىن كېيىن'];
const ZONE = 'Asia/Shanghai';

/** Whether this browser's Intl has the locale data of a tag (Chromium's has none for ug). */
export function intlKnows(tag) {
  return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
}

/** A number written for the current language, always in Latin digits. */
export function formatNumber(n, code = current) {
  const tag = intlKnows(tagOf(code)) ? tagOf(code) : 'en';
  return new Intl.NumberFormat(tag, { numberingSystem: 'latn' }).format(n);
}

function parts(date, options) {
  const out = {};
  for (const p of new Intl.DateTimeFormat('en', { timeZone: ZONE, hourCycle: 'h23', ...options }).formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** An instant's time of day (Shanghai time) from CLDR's ug pattern "h:mm a". */
export function uyghurTime(instant) {
  const p = parts(new Date(instant), { hour: 'numeric', minute: '2-digit' });
  const hour = Number(p.hour);
  return `${hour % 12 || 12}:${p.minute} ${UG_DAY_PERIODS[hour < 12 ? 0 : 1]}`;
}

/** An instant's date and time (Shanghai time) from CLDR's ug patterns "d-MMMM، y" and "h:mm a". */
export function uyghurDateTime(instant) {
  const p = parts(new Date(instant), { year: 'numeric', month: 'numeric', day: 'numeric' });
  return `${Number(p.day)}-${UG_MONTHS[Number(p.month) - 1]}، ${p.year}، ${uyghurTime(instant)}`;
}

/** An instant's time of day (Shanghai time), as the current language writes it. */
export function formatTime(instant, code = current) {
  const tag = tagOf(code);
  if (code === 'ug' && !intlKnows(tag)) return uyghurTime(instant);
  return new Intl.DateTimeFormat(tag, { timeZone: ZONE, timeStyle: 'short', numberingSystem: 'latn' }).format(new Date(instant));
}

/** An instant's date and time of day (Shanghai time), as the current language writes them. */
export function formatDateTime(instant, code = current) {
  const tag = tagOf(code);
  if (code === 'ug' && !intlKnows(tag)) return uyghurDateTime(instant);
  return new Intl.DateTimeFormat(tag, { timeZone: ZONE, dateStyle: 'medium', timeStyle: 'short', numberingSystem: 'latn' }).format(new Date(instant));
}

/** Marks the page as the current language: lang and dir on <html>, the switch's value. */
export function markDocument(doc = document) {
  const lang = LANGUAGES.find((l) => l.code === current);
  doc.documentElement.lang = lang.tag;
  doc.documentElement.dir = lang.dir;
}

/** Fills every [data-i18n] element's text and [data-i18n-label] / placeholder attributes. */
export function translate(root = document) {
  markDocument();
  document.title = t('app.title');
  root.querySelectorAll('[data-i18n]').forEach((el) => (el.textContent = t(el.dataset.i18n)));
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => (el.placeholder = t(el.dataset.i18nPlaceholder)));
  root.querySelectorAll('[data-i18n-aria]').forEach((el) => el.setAttribute('aria-label', t(el.dataset.i18nAria)));
}
