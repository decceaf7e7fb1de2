"""Radical code points and the unified ideographs they stand for.

GENERATED FILE - do not edit by hand.  Regenerate with
``python scripts/generate_radicals.py`` (reads EquivalentUnifiedIdeograph.txt
from the Debian ``unicode-data`` package).

Source: EquivalentUnifiedIdeograph-15.0.0.txt.
Entries: 328 (Kangxi Radicals and CJK Radicals Supplement blocks).
"""

from __future__ import annotations

#: Radical code point -> equivalent unified ideograph.
RADICAL_TO_IDEOGRAPH: dict[str, str] = {
    "\u2e81": "\u5382",  # CJK RADICAL CLIFF -> 厂
    "\u2e82": "\u4e5b",  # CJK RADICAL SECOND ONE -> 乛
    "\u2e83": "\u4e5a",  # CJK RADICAL SECOND TWO -> 乚
    "\u2e84": "\u4e59",  # CJK RADICAL SECOND THREE -> 乙
    "\u2e85": "\u4ebb",  # CJK RADICAL PERSON -> 亻
    "\u2e86": "\u5182",  # CJK RADICAL BOX -> 冂
    "\u2e87": "\U00020628",  # CJK RADICAL TABLE -> 𠘨
    "\u2e88": "\u5200",  # CJK RADICAL KNIFE ONE -> 刀
    "\u2e89": "\u5202",  # CJK RADICAL KNIFE TWO -> 刂
    "\u2e8a": "\u535c",  # CJK RADICAL DIVINATION -> 卜
    "\u2e8b": "\u353e",  # CJK RADICAL SEAL -> 㔾
    "\u2e8c": "\u5c0f",  # CJK RADICAL SMALL ONE -> 小
    "\u2e8d": "\u5c0f",  # CJK RADICAL SMALL TWO -> 小
    "\u2e8e": "\u5140",  # CJK RADICAL LAME ONE -> 兀
    "\u2e8f": "\u5c23",  # CJK RADICAL LAME TWO -> 尣
    "\u2e90": "\u5c22",  # CJK RADICAL LAME THREE -> 尢
    "\u2e91": "\U00021bc2",  # CJK RADICAL LAME FOUR -> 𡯂
    "\u2e92": "\u5df3",  # CJK RADICAL SNAKE -> 巳
    "\u2e93": "\u5e7a",  # CJK RADICAL THREAD -> 幺
    "\u2e94": "\u5f51",  # CJK RADICAL SNOUT ONE -> 彑
    "\u2e95": "\U0002b739",  # CJK RADICAL SNOUT TWO -> 𫜹
    "\u2e96": "\u5fc4",  # CJK RADICAL HEART ONE -> 忄
    "\u2e97": "\u5fc3",  # CJK RADICAL HEART TWO -> 心
    "\u2e98": "\u624c",  # CJK RADICAL HAND -> 扌
    "\u2e99": "\u6535",  # CJK RADICAL RAP -> 攵
    "\u2e9b": "\u65e1",  # CJK RADICAL CHOKE -> 旡
    "\u2e9c": "\u65e5",  # CJK RADICAL SUN -> 日
    "\u2e9d": "\u6708",  # CJK RADICAL MOON -> 月
    "\u2e9e": "\u6b7a",  # CJK RADICAL DEATH -> 歺
    "\u2e9f": "\u6bcd",  # CJK RADICAL MOTHER -> 母
    "\u2ea0": "\u6c11",  # CJK RADICAL CIVILIAN -> 民
    "\u2ea1": "\u6c35",  # CJK RADICAL WATER ONE -> 氵
    "\u2ea2": "\u6c3a",  # CJK RADICAL WATER TWO -> 氺
    "\u2ea3": "\u706c",  # CJK RADICAL FIRE -> 灬
    "\u2ea4": "\u722b",  # CJK RADICAL PAW ONE -> 爫
    "\u2ea5": "\u722b",  # CJK RADICAL PAW TWO -> 爫
    "\u2ea6": "\u4e2c",  # CJK RADICAL SIMPLIFIED HALF TREE TRUNK -> 丬
    "\u2ea7": "\u725b",  # CJK RADICAL COW -> 牛
    "\u2ea8": "\u72ad",  # CJK RADICAL DOG -> 犭
    "\u2ea9": "\u738b",  # CJK RADICAL JADE -> 王
    "\u2eaa": "\U00024d14",  # CJK RADICAL BOLT OF CLOTH -> 𤴔
    "\u2eab": "\u76ee",  # CJK RADICAL EYE -> 目
    "\u2eac": "\u793a",  # CJK RADICAL SPIRIT ONE -> 示
    "\u2ead": "\u793b",  # CJK RADICAL SPIRIT TWO -> 礻
    "\u2eae": "\U00025ad7",  # CJK RADICAL BAMBOO -> 𥫗
    "\u2eaf": "\u7cf9",  # CJK RADICAL SILK -> 糹
    "\u2eb0": "\u7e9f",  # CJK RADICAL C-SIMPLIFIED SILK -> 纟
    "\u2eb1": "\u7f53",  # CJK RADICAL NET ONE -> 罓
    "\u2eb2": "\u7f52",  # CJK RADICAL NET TWO -> 罒
    "\u2eb3": "\u34c1",  # CJK RADICAL NET THREE -> 㓁
    "\u2eb4": "\u5197",  # CJK RADICAL NET FOUR -> 冗
    "\u2eb5": "\U0002626b",  # CJK RADICAL MESH -> 𦉫
    "\u2eb6": "\u7f8a",  # CJK RADICAL SHEEP -> 羊
    "\u2eb7": "\U0002634c",  # CJK RADICAL RAM -> 𦍌
    "\u2eb8": "\U0002634b",  # CJK RADICAL EWE -> 𦍋
    "\u2eb9": "\u8002",  # CJK RADICAL OLD -> 耂
    "\u2eba": "\u8080",  # CJK RADICAL BRUSH ONE -> 肀
    "\u2ebb": "\u807f",  # CJK RADICAL BRUSH TWO -> 聿
    "\u2ebc": "\u8089",  # CJK RADICAL MEAT -> 肉
    "\u2ebd": "\U00026951",  # CJK RADICAL MORTAR -> 𦥑
    "\u2ebe": "\u8279",  # CJK RADICAL GRASS ONE -> 艹
    "\u2ebf": "\u8279",  # CJK RADICAL GRASS TWO -> 艹
    "\u2ec0": "\u8279",  # CJK RADICAL GRASS THREE -> 艹
    "\u2ec1": "\u864e",  # CJK RADICAL TIGER -> 虎
    "\u2ec2": "\u8864",  # CJK RADICAL CLOTHES -> 衤
    "\u2ec3": "\u8980",  # CJK RADICAL WEST ONE -> 覀
    "\u2ec4": "\u897f",  # CJK RADICAL WEST TWO -> 西
    "\u2ec5": "\u89c1",  # CJK RADICAL C-SIMPLIFIED SEE -> 见
    "\u2ec6": "\u89d2",  # CJK RADICAL SIMPLIFIED HORN -> 角
    "\u2ec7": "\U000278b2",  # CJK RADICAL HORN -> 𧢲
    "\u2ec8": "\u8ba0",  # CJK RADICAL C-SIMPLIFIED SPEECH -> 讠
    "\u2ec9": "\u8d1d",  # CJK RADICAL C-SIMPLIFIED SHELL -> 贝
    "\u2eca": "\U00027fb7",  # CJK RADICAL FOOT -> 𧾷
    "\u2ecb": "\u8f66",  # CJK RADICAL C-SIMPLIFIED CART -> 车
    "\u2ecc": "\u8fb6",  # CJK RADICAL SIMPLIFIED WALK -> 辶
    "\u2ecd": "\u8fb6",  # CJK RADICAL WALK ONE -> 辶
    "\u2ece": "\u8fb6",  # CJK RADICAL WALK TWO -> 辶
    "\u2ecf": "\u9091",  # CJK RADICAL CITY -> 邑
    "\u2ed0": "\u9485",  # CJK RADICAL C-SIMPLIFIED GOLD -> 钅
    "\u2ed1": "\u9577",  # CJK RADICAL LONG ONE -> 長
    "\u2ed2": "\u9578",  # CJK RADICAL LONG TWO -> 镸
    "\u2ed3": "\u957f",  # CJK RADICAL C-SIMPLIFIED LONG -> 长
    "\u2ed4": "\u95e8",  # CJK RADICAL C-SIMPLIFIED GATE -> 门
    "\u2ed5": "\U00028e0f",  # CJK RADICAL MOUND ONE -> 𨸏
    "\u2ed6": "\u961d",  # CJK RADICAL MOUND TWO -> 阝
    "\u2ed7": "\u96e8",  # CJK RADICAL RAIN -> 雨
    "\u2ed8": "\u9752",  # CJK RADICAL BLUE -> 青
    "\u2ed9": "\u97e6",  # CJK RADICAL C-SIMPLIFIED TANNED LEATHER -> 韦
    "\u2eda": "\u9875",  # CJK RADICAL C-SIMPLIFIED LEAF -> 页
    "\u2edb": "\u98ce",  # CJK RADICAL C-SIMPLIFIED WIND -> 风
    "\u2edc": "\u98de",  # CJK RADICAL C-SIMPLIFIED FLY -> 飞
    "\u2edd": "\u98df",  # CJK RADICAL EAT ONE -> 食
    "\u2ede": "\U0002967f",  # CJK RADICAL EAT TWO -> 𩙿
    "\u2edf": "\u98e0",  # CJK RADICAL EAT THREE -> 飠
    "\u2ee0": "\u9963",  # CJK RADICAL C-SIMPLIFIED EAT -> 饣
    "\u2ee1": "\U00029810",  # CJK RADICAL HEAD -> 𩠐
    "\u2ee2": "\u9a6c",  # CJK RADICAL C-SIMPLIFIED HORSE -> 马
    "\u2ee3": "\u9aa8",  # CJK RADICAL BONE -> 骨
    "\u2ee4": "\u9b3c",  # CJK RADICAL GHOST -> 鬼
    "\u2ee5": "\u9c7c",  # CJK RADICAL C-SIMPLIFIED FISH -> 鱼
    "\u2ee6": "\u9e1f",  # CJK RADICAL C-SIMPLIFIED BIRD -> 鸟
    "\u2ee7": "\u5364",  # CJK RADICAL C-SIMPLIFIED SALT -> 卤
    "\u2ee8": "\u9ea6",  # CJK RADICAL SIMPLIFIED WHEAT -> 麦
    "\u2ee9": "\u9ec4",  # CJK RADICAL SIMPLIFIED YELLOW -> 黄
    "\u2eea": "\u9efe",  # CJK RADICAL C-SIMPLIFIED FROG -> 黾
    "\u2eeb": "\u6589",  # CJK RADICAL J-SIMPLIFIED EVEN -> 斉
    "\u2eec": "\u9f50",  # CJK RADICAL C-SIMPLIFIED EVEN -> 齐
    "\u2eed": "\u6b6f",  # CJK RADICAL J-SIMPLIFIED TOOTH -> 歯
    "\u2eee": "\u9f7f",  # CJK RADICAL C-SIMPLIFIED TOOTH -> 齿
    "\u2eef": "\u7adc",  # CJK RADICAL J-SIMPLIFIED DRAGON -> 竜
    "\u2ef0": "\u9f99",  # CJK RADICAL C-SIMPLIFIED DRAGON -> 龙
    "\u2ef1": "\u9f9c",  # CJK RADICAL TURTLE -> 龜
    "\u2ef2": "\u4e80",  # CJK RADICAL J-SIMPLIFIED TURTLE -> 亀
    "\u2ef3": "\u9f9f",  # CJK RADICAL C-SIMPLIFIED TURTLE -> 龟
    "\u2f00": "\u4e00",  # KANGXI RADICAL ONE -> 一
    "\u2f01": "\u4e28",  # KANGXI RADICAL LINE -> 丨
    "\u2f02": "\u4e36",  # KANGXI RADICAL DOT -> 丶
    "\u2f03": "\u4e3f",  # KANGXI RADICAL SLASH -> 丿
    "\u2f04": "\u4e59",  # KANGXI RADICAL SECOND -> 乙
    "\u2f05": "\u4e85",  # KANGXI RADICAL HOOK -> 亅
    "\u2f06": "\u4e8c",  # KANGXI RADICAL TWO -> 二
    "\u2f07": "\u4ea0",  # KANGXI RADICAL LID -> 亠
    "\u2f08": "\u4eba",  # KANGXI RADICAL MAN -> 人
    "\u2f09": "\u513f",  # KANGXI RADICAL LEGS -> 儿
    "\u2f0a": "\u5165",  # KANGXI RADICAL ENTER -> 入
    "\u2f0b": "\u516b",  # KANGXI RADICAL EIGHT -> 八
    "\u2f0c": "\u5182",  # KANGXI RADICAL DOWN BOX -> 冂
    "\u2f0d": "\u5196",  # KANGXI RADICAL COVER -> 冖
    "\u2f0e": "\u51ab",  # KANGXI RADICAL ICE -> 冫
    "\u2f0f": "\u51e0",  # KANGXI RADICAL TABLE -> 几
    "\u2f10": "\u51f5",  # KANGXI RADICAL OPEN BOX -> 凵
    "\u2f11": "\u5200",  # KANGXI RADICAL KNIFE -> 刀
    "\u2f12": "\u529b",  # KANGXI RADICAL POWER -> 力
    "\u2f13": "\u52f9",  # KANGXI RADICAL WRAP -> 勹
    "\u2f14": "\u5315",  # KANGXI RADICAL SPOON -> 匕
    "\u2f15": "\u531a",  # KANGXI RADICAL RIGHT OPEN BOX -> 匚
    "\u2f16": "\u5338",  # KANGXI RADICAL HIDING ENCLOSURE -> 匸
    "\u2f17": "\u5341",  # KANGXI RADICAL TEN -> 十
    "\u2f18": "\u535c",  # KANGXI RADICAL DIVINATION -> 卜
    "\u2f19": "\u5369",  # KANGXI RADICAL SEAL -> 卩
    "\u2f1a": "\u5382",  # KANGXI RADICAL CLIFF -> 厂
    "\u2f1b": "\u53b6",  # KANGXI RADICAL PRIVATE -> 厶
    "\u2f1c": "\u53c8",  # KANGXI RADICAL AGAIN -> 又
    "\u2f1d": "\u53e3",  # KANGXI RADICAL MOUTH -> 口
    "\u2f1e": "\u56d7",  # KANGXI RADICAL ENCLOSURE -> 囗
    "\u2f1f": "\u571f",  # KANGXI RADICAL EARTH -> 土
    "\u2f20": "\u58eb",  # KANGXI RADICAL SCHOLAR -> 士
    "\u2f21": "\u5902",  # KANGXI RADICAL GO -> 夂
    "\u2f22": "\u590a",  # KANGXI RADICAL GO SLOWLY -> 夊
    "\u2f23": "\u5915",  # KANGXI RADICAL EVENING -> 夕
    "\u2f24": "\u5927",  # KANGXI RADICAL BIG -> 大
    "\u2f25": "\u5973",  # KANGXI RADICAL WOMAN -> 女
    "\u2f26": "\u5b50",  # KANGXI RADICAL CHILD -> 子
    "\u2f27": "\u5b80",  # KANGXI RADICAL ROOF -> 宀
    "\u2f28": "\u5bf8",  # KANGXI RADICAL INCH -> 寸
    "\u2f29": "\u5c0f",  # KANGXI RADICAL SMALL -> 小
    "\u2f2a": "\u5c22",  # KANGXI RADICAL LAME -> 尢
    "\u2f2b": "\u5c38",  # KANGXI RADICAL CORPSE -> 尸
    "\u2f2c": "\u5c6e",  # KANGXI RADICAL SPROUT -> 屮
    "\u2f2d": "\u5c71",  # KANGXI RADICAL MOUNTAIN -> 山
    "\u2f2e": "\u5ddb",  # KANGXI RADICAL RIVER -> 巛
    "\u2f2f": "\u5de5",  # KANGXI RADICAL WORK -> 工
    "\u2f30": "\u5df1",  # KANGXI RADICAL ONESELF -> 己
    "\u2f31": "\u5dfe",  # KANGXI RADICAL TURBAN -> 巾
    "\u2f32": "\u5e72",  # KANGXI RADICAL DRY -> 干
    "\u2f33": "\u5e7a",  # KANGXI RADICAL SHORT THREAD -> 幺
    "\u2f34": "\u5e7f",  # KANGXI RADICAL DOTTED CLIFF -> 广
    "\u2f35": "\u5ef4",  # KANGXI RADICAL LONG STRIDE -> 廴
    "\u2f36": "\u5efe",  # KANGXI RADICAL TWO HANDS -> 廾
    "\u2f37": "\u5f0b",  # KANGXI RADICAL SHOOT -> 弋
    "\u2f38": "\u5f13",  # KANGXI RADICAL BOW -> 弓
    "\u2f39": "\u5f50",  # KANGXI RADICAL SNOUT -> 彐
    "\u2f3a": "\u5f61",  # KANGXI RADICAL BRISTLE -> 彡
    "\u2f3b": "\u5f73",  # KANGXI RADICAL STEP -> 彳
    "\u2f3c": "\u5fc3",  # KANGXI RADICAL HEART -> 心
    "\u2f3d": "\u6208",  # KANGXI RADICAL HALBERD -> 戈
    "\u2f3e": "\u6236",  # KANGXI RADICAL DOOR -> 戶
    "\u2f3f": "\u624b",  # KANGXI RADICAL HAND -> 手
    "\u2f40": "\u652f",  # KANGXI RADICAL BRANCH -> 支
    "\u2f41": "\u6534",  # KANGXI RADICAL RAP -> 攴
    "\u2f42": "\u6587",  # KANGXI RADICAL SCRIPT -> 文
    "\u2f43": "\u6597",  # KANGXI RADICAL DIPPER -> 斗
    "\u2f44": "\u65a4",  # KANGXI RADICAL AXE -> 斤
    "\u2f45": "\u65b9",  # KANGXI RADICAL SQUARE -> 方
    "\u2f46": "\u65e0",  # KANGXI RADICAL NOT -> 无
    "\u2f47": "\u65e5",  # KANGXI RADICAL SUN -> 日
    "\u2f48": "\u66f0",  # KANGXI RADICAL SAY -> 曰
    "\u2f49": "\u6708",  # KANGXI RADICAL MOON -> 月
    "\u2f4a": "\u6728",  # KANGXI RADICAL TREE -> 木
    "\u2f4b": "\u6b20",  # KANGXI RADICAL LACK -> 欠
    "\u2f4c": "\u6b62",  # KANGXI RADICAL STOP -> 止
    "\u2f4d": "\u6b79",  # KANGXI RADICAL DEATH -> 歹
    "\u2f4e": "\u6bb3",  # KANGXI RADICAL WEAPON -> 殳
    "\u2f4f": "\u6bcb",  # KANGXI RADICAL DO NOT -> 毋
    "\u2f50": "\u6bd4",  # KANGXI RADICAL COMPARE -> 比
    "\u2f51": "\u6bdb",  # KANGXI RADICAL FUR -> 毛
    "\u2f52": "\u6c0f",  # KANGXI RADICAL CLAN -> 氏
    "\u2f53": "\u6c14",  # KANGXI RADICAL STEAM -> 气
    "\u2f54": "\u6c34",  # KANGXI RADICAL WATER -> 水
    "\u2f55": "\u706b",  # KANGXI RADICAL FIRE -> 火
    "\u2f56": "\u722a",  # KANGXI RADICAL CLAW -> 爪
    "\u2f57": "\u7236",  # KANGXI RADICAL FATHER -> 父
    "\u2f58": "\u723b",  # KANGXI RADICAL DOUBLE X -> 爻
    "\u2f59": "\u723f",  # KANGXI RADICAL HALF TREE TRUNK -> 爿
    "\u2f5a": "\u7247",  # KANGXI RADICAL SLICE -> 片
    "\u2f5b": "\u7259",  # KANGXI RADICAL FANG -> 牙
    "\u2f5c": "\u725b",  # KANGXI RADICAL COW -> 牛
    "\u2f5d": "\u72ac",  # KANGXI RADICAL DOG -> 犬
    "\u2f5e": "\u7384",  # KANGXI RADICAL PROFOUND -> 玄
    "\u2f5f": "\u7389",  # KANGXI RADICAL JADE -> 玉
    "\u2f60": "\u74dc",  # KANGXI RADICAL MELON -> 瓜
    "\u2f61": "\u74e6",  # KANGXI RADICAL TILE -> 瓦
    "\u2f62": "\u7518",  # KANGXI RADICAL SWEET -> 甘
    "\u2f63": "\u751f",  # KANGXI RADICAL LIFE -> 生
    "\u2f64": "\u7528",  # KANGXI RADICAL USE -> 用
    "\u2f65": "\u7530",  # KANGXI RADICAL FIELD -> 田
    "\u2f66": "\u758b",  # KANGXI RADICAL BOLT OF CLOTH -> 疋
    "\u2f67": "\u7592",  # KANGXI RADICAL SICKNESS -> 疒
    "\u2f68": "\u7676",  # KANGXI RADICAL DOTTED TENT -> 癶
    "\u2f69": "\u767d",  # KANGXI RADICAL WHITE -> 白
    "\u2f6a": "\u76ae",  # KANGXI RADICAL SKIN -> 皮
    "\u2f6b": "\u76bf",  # KANGXI RADICAL DISH -> 皿
    "\u2f6c": "\u76ee",  # KANGXI RADICAL EYE -> 目
    "\u2f6d": "\u77db",  # KANGXI RADICAL SPEAR -> 矛
    "\u2f6e": "\u77e2",  # KANGXI RADICAL ARROW -> 矢
    "\u2f6f": "\u77f3",  # KANGXI RADICAL STONE -> 石
    "\u2f70": "\u793a",  # KANGXI RADICAL SPIRIT -> 示
    "\u2f71": "\u79b8",  # KANGXI RADICAL TRACK -> 禸
    "\u2f72": "\u79be",  # KANGXI RADICAL GRAIN -> 禾
    "\u2f73": "\u7a74",  # KANGXI RADICAL CAVE -> 穴
    "\u2f74": "\u7acb",  # KANGXI RADICAL STAND -> 立
    "\u2f75": "\u7af9",  # KANGXI RADICAL BAMBOO -> 竹
    "\u2f76": "\u7c73",  # KANGXI RADICAL RICE -> 米
    "\u2f77": "\u7cf8",  # KANGXI RADICAL SILK -> 糸
    "\u2f78": "\u7f36",  # KANGXI RADICAL JAR -> 缶
    "\u2f79": "\u7f51",  # KANGXI RADICAL NET -> 网
    "\u2f7a": "\u7f8a",  # KANGXI RADICAL SHEEP -> 羊
    "\u2f7b": "\u7fbd",  # KANGXI RADICAL FEATHER -> 羽
    "\u2f7c": "\u8001",  # KANGXI RADICAL OLD -> 老
    "\u2f7d": "\u800c",  # KANGXI RADICAL AND -> 而
    "\u2f7e": "\u8012",  # KANGXI RADICAL PLOW -> 耒
    "\u2f7f": "\u8033",  # KANGXI RADICAL EAR -> 耳
    "\u2f80": "\u807f",  # KANGXI RADICAL BRUSH -> 聿
    "\u2f81": "\u8089",  # KANGXI RADICAL MEAT -> 肉
    "\u2f82": "\u81e3",  # KANGXI RADICAL MINISTER -> 臣
    "\u2f83": "\u81ea",  # KANGXI RADICAL SELF -> 自
    "\u2f84": "\u81f3",  # KANGXI RADICAL ARRIVE -> 至
    "\u2f85": "\u81fc",  # KANGXI RADICAL MORTAR -> 臼
    "\u2f86": "\u820c",  # KANGXI RADICAL TONGUE -> 舌
    "\u2f87": "\u821b",  # KANGXI RADICAL OPPOSE -> 舛
    "\u2f88": "\u821f",  # KANGXI RADICAL BOAT -> 舟
    "\u2f89": "\u826e",  # KANGXI RADICAL STOPPING -> 艮
    "\u2f8a": "\u8272",  # KANGXI RADICAL COLOR -> 色
    "\u2f8b": "\u8278",  # KANGXI RADICAL GRASS -> 艸
    "\u2f8c": "\u864d",  # KANGXI RADICAL TIGER -> 虍
    "\u2f8d": "\u866b",  # KANGXI RADICAL INSECT -> 虫
    "\u2f8e": "\u8840",  # KANGXI RADICAL BLOOD -> 血
    "\u2f8f": "\u884c",  # KANGXI RADICAL WALK ENCLOSURE -> 行
    "\u2f90": "\u8863",  # KANGXI RADICAL CLOTHES -> 衣
    "\u2f91": "\u897e",  # KANGXI RADICAL WEST -> 襾
    "\u2f92": "\u898b",  # KANGXI RADICAL SEE -> 見
    "\u2f93": "\u89d2",  # KANGXI RADICAL HORN -> 角
    "\u2f94": "\u8a00",  # KANGXI RADICAL SPEECH -> 言
    "\u2f95": "\u8c37",  # KANGXI RADICAL VALLEY -> 谷
    "\u2f96": "\u8c46",  # KANGXI RADICAL BEAN -> 豆
    "\u2f97": "\u8c55",  # KANGXI RADICAL PIG -> 豕
    "\u2f98": "\u8c78",  # KANGXI RADICAL BADGER -> 豸
    "\u2f99": "\u8c9d",  # KANGXI RADICAL SHELL -> 貝
    "\u2f9a": "\u8d64",  # KANGXI RADICAL RED -> 赤
    "\u2f9b": "\u8d70",  # KANGXI RADICAL RUN -> 走
    "\u2f9c": "\u8db3",  # KANGXI RADICAL FOOT -> 足
    "\u2f9d": "\u8eab",  # KANGXI RADICAL BODY -> 身
    "\u2f9e": "\u8eca",  # KANGXI RADICAL CART -> 車
    "\u2f9f": "\u8f9b",  # KANGXI RADICAL BITTER -> 辛
    "\u2fa0": "\u8fb0",  # KANGXI RADICAL MORNING -> 辰
    "\u2fa1": "\u8fb5",  # KANGXI RADICAL WALK -> 辵
    "\u2fa2": "\u9091",  # KANGXI RADICAL CITY -> 邑
    "\u2fa3": "\u9149",  # KANGXI RADICAL WINE -> 酉
    "\u2fa4": "\u91c6",  # KANGXI RADICAL DISTINGUISH -> 釆
    "\u2fa5": "\u91cc",  # KANGXI RADICAL VILLAGE -> 里
    "\u2fa6": "\u91d1",  # KANGXI RADICAL GOLD -> 金
    "\u2fa7": "\u9577",  # KANGXI RADICAL LONG -> 長
    "\u2fa8": "\u9580",  # KANGXI RADICAL GATE -> 門
    "\u2fa9": "\u961c",  # KANGXI RADICAL MOUND -> 阜
    "\u2faa": "\u96b6",  # KANGXI RADICAL SLAVE -> 隶
    "\u2fab": "\u96b9",  # KANGXI RADICAL SHORT TAILED BIRD -> 隹
    "\u2fac": "\u96e8",  # KANGXI RADICAL RAIN -> 雨
    "\u2fad": "\u9751",  # KANGXI RADICAL BLUE -> 靑
    "\u2fae": "\u975e",  # KANGXI RADICAL WRONG -> 非
    "\u2faf": "\u9762",  # KANGXI RADICAL FACE -> 面
    "\u2fb0": "\u9769",  # KANGXI RADICAL LEATHER -> 革
    "\u2fb1": "\u97cb",  # KANGXI RADICAL TANNED LEATHER -> 韋
    "\u2fb2": "\u97ed",  # KANGXI RADICAL LEEK -> 韭
    "\u2fb3": "\u97f3",  # KANGXI RADICAL SOUND -> 音
    "\u2fb4": "\u9801",  # KANGXI RADICAL LEAF -> 頁
    "\u2fb5": "\u98a8",  # KANGXI RADICAL WIND -> 風
    "\u2fb6": "\u98db",  # KANGXI RADICAL FLY -> 飛
    "\u2fb7": "\u98df",  # KANGXI RADICAL EAT -> 食
    "\u2fb8": "\u9996",  # KANGXI RADICAL HEAD -> 首
    "\u2fb9": "\u9999",  # KANGXI RADICAL FRAGRANT -> 香
    "\u2fba": "\u99ac",  # KANGXI RADICAL HORSE -> 馬
    "\u2fbb": "\u9aa8",  # KANGXI RADICAL BONE -> 骨
    "\u2fbc": "\u9ad8",  # KANGXI RADICAL TALL -> 高
    "\u2fbd": "\u9adf",  # KANGXI RADICAL HAIR -> 髟
    "\u2fbe": "\u9b25",  # KANGXI RADICAL FIGHT -> 鬥
    "\u2fbf": "\u9b2f",  # KANGXI RADICAL SACRIFICIAL WINE -> 鬯
    "\u2fc0": "\u9b32",  # KANGXI RADICAL CAULDRON -> 鬲
    "\u2fc1": "\u9b3c",  # KANGXI RADICAL GHOST -> 鬼
    "\u2fc2": "\u9b5a",  # KANGXI RADICAL FISH -> 魚
    "\u2fc3": "\u9ce5",  # KANGXI RADICAL BIRD -> 鳥
    "\u2fc4": "\u9e75",  # KANGXI RADICAL SALT -> 鹵
    "\u2fc5": "\u9e7f",  # KANGXI RADICAL DEER -> 鹿
    "\u2fc6": "\u9ea5",  # KANGXI RADICAL WHEAT -> 麥
    "\u2fc7": "\u9ebb",  # KANGXI RADICAL HEMP -> 麻
    "\u2fc8": "\u9ec3",  # KANGXI RADICAL YELLOW -> 黃
    "\u2fc9": "\u9ecd",  # KANGXI RADICAL MILLET -> 黍
    "\u2fca": "\u9ed1",  # KANGXI RADICAL BLACK -> 黑
    "\u2fcb": "\u9ef9",  # KANGXI RADICAL EMBROIDERY -> 黹
    "\u2fcc": "\u9efd",  # KANGXI RADICAL FROG -> 黽
    "\u2fcd": "\u9f0e",  # KANGXI RADICAL TRIPOD -> 鼎
    "\u2fce": "\u9f13",  # KANGXI RADICAL DRUM -> 鼓
    "\u2fcf": "\u9f20",  # KANGXI RADICAL RAT -> 鼠
    "\u2fd0": "\u9f3b",  # KANGXI RADICAL NOSE -> 鼻
    "\u2fd1": "\u9f4a",  # KANGXI RADICAL EVEN -> 齊
    "\u2fd2": "\u9f52",  # KANGXI RADICAL TOOTH -> 齒
    "\u2fd3": "\u9f8d",  # KANGXI RADICAL DRAGON -> 龍
    "\u2fd4": "\u9f9c",  # KANGXI RADICAL TURTLE -> 龜
    "\u2fd5": "\u9fa0",  # KANGXI RADICAL FLUTE -> 龠
}
