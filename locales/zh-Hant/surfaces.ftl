# 曲面庫中每個曲面的標題、教學說明和參數說明。英文原文在 src/surface/*.rs。

surface-bowl-title = 圓碗
surface-bowl-note = 每個方向彎曲得一樣：梯度下降直直走向中心。lr < 2/λ 時收斂，超過就發散。
surface-bowl-param-curvature = 黑塞矩陣的特徵值 λ（兩個方向相同）
surface-ravine-title = 峽谷（病態的二次函數）
surface-ravine-note = 一條又長又窄的山谷：沿谷底的曲率為 1，橫向為 κ。一個學習率無法同時適合兩個方向：小到足以應付峭壁，就只能沿谷底慢慢爬。
surface-ravine-param-kappa = 條件數：陡的曲率與平緩的曲率之比
surface-ravine-param-angle = 山谷旋轉的角度（度）
surface-booth-title = Booth
surface-booth-note = 一個傾斜的二次碗（條件數 9）：容易，但不是圓的。
surface-matyas-title = Matyas
surface-matyas-note = 一條淺的斜向山谷（特徵值 0.04 和 1.48）：谷底幾乎是平的，所以普通梯度下降慢得像在爬。
surface-rosenbrock-title = Rosenbrock 香蕉谷
surface-rosenbrock-note = 一條彎曲的平底山谷：找到山谷很容易，沿著它的彎道走到 (a, a²) 的最小值，對普通梯度下降卻很慢。
surface-rosenbrock-param-a = 最小值位於 (a, a²)
surface-rosenbrock-param-b = 谷壁的陡峭程度
surface-saddle-title = 鞍面
surface-saddle-note = 沿 x 向上，沿 y 向下：黑塞矩陣的特徵值為 +2 和 −2。從 x 軸上出發的梯度下降滑進鞍點就停下；y 方向最小的擾動都能讓它逃離。
surface-monkey-saddle-title = 猴鞍面
surface-monkey-saddle-note = 三條山谷在原點相遇（留給兩條腿和一條尾巴）。那裡的黑塞矩陣為零，所以二階檢驗無法判斷它是哪一種點。
surface-himmelblau-title = Himmelblau
surface-himmelblau-note = 四個一樣深的最小值、一個最大值，以及它們之間的四個鞍點。到達哪個最小值只取決於從哪裡出發：一張清楚的吸引域圖。
surface-six-hump-camel-title = 六峰駝
surface-six-hump-camel-note = 三種深度的六個最小值：中心附近兩個全域性最小值，兩側四個局部最小值。起點決定你得到哪一個。
surface-three-hump-camel-title = 三峰駝
surface-three-hump-camel-note = 原點的全域性最小值兩側各有一個淺的局部最小值，各自藏在一個鞍點後面。
surface-mccormick-title = McCormick
surface-mccormick-note = 一條傾斜、起伏的槽：沿著它有兩個最小值，中間隔著一個鞍點。
surface-goldstein-price-title = Goldstein–Price
surface-goldstein-price-note = 在一個小正方形上取值從 3 到一百萬，有好幾個局部最小值：要用對數顏色刻度才看得出東西。
surface-styblinski-tang-title = Styblinski–Tang
surface-styblinski-tang-note = 一個由鞍點圍成的正方形，四角有四個深淺不同的最小值；全域性最小值在 (−2.9035, −2.9035)。
surface-rastrigin-title = Rastrigin
surface-rastrigin-note = 一個佈滿波紋的碗：規則網格上有幾百個局部最小值。梯度下降停在最近的小坑裡；只有整體趨勢指向中心。
surface-rastrigin-param-a = 波紋的高度
surface-ackley-title = Ackley
surface-ackley-note = 一片幾乎平坦、帶波紋的平原，圍著一個深漏斗。原點的最小值是一個尖點（漏斗的 √ 在那裡沒有導數），所以在它附近梯度永遠不會變小。
surface-ackley-param-a = 中央漏斗的深度
surface-ackley-param-b = 漏斗的寬度（越大越窄）
surface-ackley-param-c = 波紋的頻率
surface-plateau-title = 平原中的井
surface-plateau-note = 平坦平原上的一口井。離井很遠時梯度幾乎正好為零，普通梯度下降幾乎不動：梯度小不代表靠近最小值。自適應方法把微小的梯度重新縮放，就能走出去。
surface-plateau-param-width = 井的半徑；井外的地面是平的
surface-cliff-title = 懸崖峽谷
surface-cliff-note = 一片高而緩緩傾斜的平原，落入一條窄峽谷。在懸崖邊上梯度突然變得極大，一步就把點甩到很遠的地方（梯度爆炸）。梯度裁剪讓步長保持有界。
surface-cliff-param-height = 懸崖的高度
surface-cliff-param-steepness = 懸崖升起得多突然（越大越陡，峽谷越窄）
surface-beale-title = Beale
surface-beale-note = 平坦的高原和尖銳的山脊，取值跨越五個數量級；最小值在一條窄而平底的山谷盡頭。
surface-tiny-net-title = 小網路 L(w1, w2) = (1 − w1·w2)²
surface-tiny-net-note = 網路 y = w1·w2·x 在一個樣本上（x = 1，目標 1）。原點是鞍點（黑塞矩陣特徵值 −2 和 +2）；曲線 w1·w2 = 1 上的每一點都是最小值，那裡的黑塞矩陣沿曲線有一個零特徵值。
surface-hill-title = 淺山谷、矮山脊、深山谷
surface-hill-note = x = −1 處一個寬而淺的山谷，旁邊 x = 2 處一個深山谷，中間隔著 x = 0 處的矮山脊。普通梯度下降停在遇到的第一個山谷裡；動量帶著足夠的速度越過山脊，進入深的那個。
surface-scaled-regression-title = 特徵尺度懸殊的線性迴歸
surface-scaled-regression-note = 一個特徵比另一個大得多時，它的權重就敏感得多：損失是一條又長又窄的山谷，條件數為 scale²。把特徵歸一化（scale = 1），等高線就變圓。
surface-scaled-regression-param-scale = 特徵 x2 相對 x1 的尺度（1 = 已歸一化）
surface-logits-ce-title = 兩個 logit 上的交叉熵（一個類別 1 的樣本）
surface-logits-ce-note = 一個類別 1 的樣本：損失是網路在 softmax 之前的兩個輸出 y₁、y₂ 的函數。在樣本錯得很厲害的地方（左上）斜率約為 1：梯度下降一直在動。PyTorch 的 CrossEntropyLoss 裡已經包含 softmax。
surface-logits-mse-title = 兩個 logit 的 softmax 上的 MSE（一個類別 1 的樣本）
surface-logits-mse-note = 一個類別 1 的樣本，softmax 與目標 (1, 0) 的平方誤差。在樣本錯得很厲害的地方（左上）softmax 飽和了：曲面是平的，梯度下降停滯，儘管損失很大。
surface-net-tiny-title = 一個樣本上的網路 y = w2·(w1·x)
surface-net-tiny-note = 講座的小網路，用真正的層搭起來，用反向傳播求值：它就是 tiny-net，(1 − w1·w2)²。原點是鞍點（特徵值 −2 和 +2）；曲線 w1·w2 = 1 是一條由最小值組成的山谷。
surface-net-classifier-ce-title = 兩個權重的分類器，交叉熵
surface-net-classifier-ce-note = 一個特徵的邏輯迴歸分類器：權重 w（x）和偏置 b（y），同樣八個樣本，兩種損失。從遠在錯誤一側的地方（左上）出發時，交叉熵每個分錯的樣本仍有約為 1 的梯度，能滑下去；softmax 上的 MSE 在那裡飽和：一片梯度消失的高原。
surface-net-classifier-mse-title = 兩個權重的分類器，softmax 上的 MSE
surface-net-classifier-mse-note = 一個特徵的邏輯迴歸分類器：權重 w（x）和偏置 b（y），同樣八個樣本，兩種損失。從遠在錯誤一側的地方（左上）出發時，交叉熵每個分錯的樣本仍有約為 1 的梯度，能滑下去；softmax 上的 MSE 在那裡飽和：一片梯度消失的高原。
surface-net-regression-raw-title = 線性迴歸網路，原始特徵
surface-net-regression-raw-note = 兩個尺度相差很大的特徵上的線性網路：損失沿 w2 的彎曲比沿 w1 陡 scale² 倍——一條峽谷。把它的條件數和 net-regression-bn 比較。
surface-net-regression-raw-param-scale = 第二個特徵相對第一個的尺度
surface-net-regression-bn-title = 線性迴歸網路，歸一化的特徵
surface-net-regression-bn-note = 同一個迴歸，但特徵先經過一個歸一化層（在整個批次上做批次標準化，γ = 1，β = 0）：兩個方向彎曲得一樣，碗是圓的，一個學習率適合兩個權重。
surface-net-regression-bn-param-scale = 第二個特徵相對第一個的尺度
surface-net-moons-slice-title = moons 上訓練好的 2-6-6-2 網路的切片
surface-net-moons-slice-note = 一個真實網路在訓練找到的權重（中心）周圍的損失，取在兩個隨機方向構成的平面上，方向按每個單元的權重縮放（Li 等人，2018）：一個遠不像二次碗的盆地，tanh 單元飽和的地方有平坦的臺地。中心並不正好是最小值：訓練提前停了。
