"""Word lists for generating clean Chinese newspaper text (used by :mod:`newsrepair.simulate`).

Written for this project: common words of Chinese local and national news
reports, invented personal names built from common surnames and given-name
characters, and sentence templates.  Nothing here is a real article.
"""

from __future__ import annotations

#: Common surnames (one character).
SURNAMES = tuple("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")

#: Characters for given names.
GIVEN = tuple("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉玲建国红志新宏峰波海文斌宇浩凯鑫亮林俊晓春雪梅琳颖欣佳思远东旭晨阳")

#: Places: provinces, cities, counties, districts.
PLACES = (
    "北京", "上海", "天津", "重庆", "河南", "河北", "山东", "山西", "江苏", "浙江",
    "安徽", "福建", "江西", "湖北", "湖南", "广东", "广西", "四川", "贵州", "云南",
    "陕西", "甘肃", "青海", "辽宁", "吉林", "黑龙江", "海南", "宁夏", "新疆", "西藏",
    "焦作", "郑州", "洛阳", "开封", "新乡", "孟州", "温县", "武陟", "博爱", "沁阳",
    "苏州", "无锡", "宁波", "温州", "厦门", "青岛", "大连", "成都", "西安", "兰州",
    "示范区", "高新区", "经开区", "城乡一体化示范区", "黄河街道", "文昌街道", "宁郭镇",
)

#: Organisations and bodies that act in news reports.
ORGANS = (
    "市委", "市政府", "县委", "县政府", "区委", "区政府", "党工委", "管委会", "人大常委会",
    "政协", "发展改革委", "财政局", "教育局", "卫生健康委", "农业农村局", "住房保障中心",
    "生态环境局", "市场监管局", "公安局", "交通运输局", "文化旅游局", "商务局", "统计局",
    "人民检察院", "人民法院", "税务局", "供电公司", "卫生院", "社区卫生服务中心",
    "养老服务中心", "便民服务站", "科技园区", "产业集聚区", "职业学院", "中心医院",
)

#: Titles of office.
OFFICES = (
    "书记", "副书记", "市长", "副市长", "县长", "副县长", "主任", "副主任", "局长",
    "院长", "董事长", "总经理", "部长", "主席", "委员", "负责人", "工作人员",
)

#: Subjects of sentences other than people.
SUBJECTS = (
    "全市", "全县", "全区", "各级各部门", "各乡镇", "相关部门", "该公司", "该街道", "该中心",
    "广大党员干部", "基层干部", "医务人员", "志愿者", "村民", "企业", "合作社", "学校",
    "社区", "执法人员", "当地", "我们", "大家", "群众", "代表们", "与会人员",
)

#: Verbs and verb phrases.
VERBS = (
    "推进", "加强", "落实", "开展", "部署", "完善", "提升", "优化", "深化", "强化",
    "推动", "实施", "建设", "统筹", "保障", "服务", "巩固", "扩大", "促进", "培育",
    "打造", "研究", "安排", "组织", "引导", "支持", "解决", "做好", "抓好", "守护",
    "学习贯彻", "认真落实", "持续推进", "全面加强", "扎实开展", "积极探索", "大力发展",
)

#: Objects: what is pushed forward, strengthened, carried out.
OBJECTS = (
    "疫情防控工作", "项目建设", "乡村振兴", "安全生产", "民生保障", "营商环境", "生态保护",
    "环境整治", "基层治理", "医疗服务", "农业生产", "产业发展", "招商引资", "科技创新",
    "人才培养", "教育事业", "文化建设", "交通设施", "社会保障", "就业创业", "公共服务",
    "应急管理", "防汛抗旱", "冬季供暖", "节日市场供应", "困难群众帮扶", "便民服务",
    "信访稳定", "党风廉政建设", "作风建设", "资金监管", "消防安全", "食品安全",
    "重点工作", "各项措施", "目标任务", "工作机制", "服务体系", "基础设施", "示范项目",
)

#: Modifiers that stand before objects.
MODIFIERS = (
    "高质量", "全方位", "重点", "基层", "农村", "城市", "长效", "综合", "专项", "精准",
    "常态化", "规范化", "新一轮", "年度", "各类", "相关", "具体", "有效", "有力", "全面",
)

#: Adverbial openings of a clause.
OPENINGS = (
    "近年来", "今年以来", "去年以来", "目前", "近日", "当前", "下一步", "与此同时", "此外",
    "截至目前", "据悉", "据了解", "会议强调", "会议指出", "他表示", "她指出", "会上",
    "活动中", "调研中", "座谈中", "在此基础上", "为此", "同时",
)

#: Outcomes at the end of a clause.
OUTCOMES = (
    "取得明显成效", "实现稳步增长", "形成良好势头", "得到有效保障", "不断提升",
    "持续好转", "走在前列", "圆满完成", "全面完成", "保持稳定", "进一步增强", "落到实处",
    "见到实效", "迈上新台阶", "稳中有进", "有序推进",
)

#: Quoted slogans (printed inside “”).
SLOGANS = (
    "三农", "六帮六助", "放管服", "项目为王", "四大怀药", "五星支部", "最后一公里",
    "爱心健康包", "一网通办", "三个一批", "双节", "两个确立", "四个意识", "绿水青山",
    "菜篮子", "米袋子", "放心消费", "数字乡村", "美丽庭院", "平安校园",
)

#: Bracketed notes (printed inside （）).
NOTES = ("高新区", "街道", "社区", "市、区", "草案", "扩大", "试行", "含", "以下简称“中心”")

#: Units after numbers.
UNITS = (
    "万元", "亿元", "元", "个", "名", "人", "户", "次", "项", "家", "所", "座", "公顷",
    "公斤", "公里", "吨", "亩", "辆", "件", "份", "条", "余人", "多家", "万人次", "岁",
)

#: Latin terms that appear in Chinese reports (no spaces inside, except where written).
LATIN = ("5G", "GDP", "APP", "CPI", "PM2.5", "AI", "ETC", "Apple Watch", "COVID 19", "iPhone 14")

#: Sections printed in page headers.
SECTIONS = ("要闻", "社会", "国内", "国际", "综合", "经济", "文化", "体育", "县区新闻", "民生")

#: Weekdays printed in page headers.
WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")

#: Title patterns.  ``{p}`` place, ``{o}`` organ, ``{v}`` verb, ``{x}`` object,
#: ``{m}`` modifier, ``{s}`` slogan, ``{n}`` number with unit, ``{r}`` result.
TITLE_PATTERNS = (
    "{p}{v}{m}{x}",
    "{p}{o}召开{x}会议",
    "{p}“{s}”{v}{x}",
    "{p}{x}{r}",
    "{p}{v}{x}{n}",
    "{m}{x}在{p}{r}",
    "{p}{o}{v}{x}",
    "{p}召开{x}推进会",
    "{p}举行{x}签约仪式",
    "让{x}{r}",
)

#: Over-title (引题) and subtitle (副题) patterns.
SIDE_TITLE_PATTERNS = (
    "{p}{v}{x}",
    "——{p}{v}{m}{x}纪实",
    "{o}{v}{x}",
    "聚焦{x}",
    "{s}在行动",
)

#: Photo caption patterns: ``{d}`` a date, ``{p}`` place, ``{who}`` people.
CAPTION_PATTERNS = (
    "{d}，{p}{who}在{act}。",
    "{d}，在{p}一家{firm}，{who}在{act}。",
    "{p}{who}正在{act}。",
)

#: People in captions.
CAPTION_PEOPLE = ("工人", "村民", "志愿者", "医护人员", "技术人员", "农民", "学生", "游客", "民警")

#: Workplaces in captions.
CAPTION_FIRMS = ("灯笼作坊", "机械厂", "合作社", "蔬菜大棚", "物流园", "食品公司", "纺织厂")

#: Actions in captions.
CAPTION_ACTS = (
    "检验产品质量", "赶制大红灯笼", "利用机械收获地黄", "分拣快递包裹", "采摘新鲜蔬菜",
    "调试生产设备", "清扫积雪", "为群众接种疫苗", "搬运过冬物资", "装运出口货物",
)
