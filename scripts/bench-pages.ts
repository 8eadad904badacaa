/**
 * Builds large 文库 pages for the benchmark from the seed texts: a compilation of N preview pages,
 * each chunk numbered "k、" as the sites do, with the sites' real notices, page markers and lists.
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function compilationPage(seeds: string[], pages: number): string {
  const text = seeds.map((s) => s.replace(/^\d+、/gm, '').replace(/\n+/g, '')).join('');
  const chunk = 500;
  const parts: string[] = [];
  let k = 1;
  for (let p = 1; p <= pages; p++) {
    const chunks: string[] = [];
    for (let c = 0; c < 3; c++, k++) {
      const start = ((k - 1) * chunk) % Math.max(1, text.length - chunk);
      chunks.push(`<p>${k}、${esc(text.slice(start, start + chunk))}</p>`);
    }
    parts.push(`<div class="page" id="page_${p}">${chunks.join('')}<div class="pagefoot">第${p}页共${pages}页</div></div>`);
  }
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>双拥工作综述材料汇编(${pages}页)-三一文库</title></head><body>
<div class="header"><a href="/">三一文库</a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/c-2.html">工作总结</a></li></ul></div>
<div class="main"><h1>双拥工作综述材料汇编(${pages}页).docx</h1>
<div class="intro">《双拥工作综述材料汇编》由会员分享,可在线阅读,更多相关《双拥工作综述材料汇编(${pages}页珍藏版)》请在三一文库上搜索。</div>
<div class="tips"><p>温馨提示:</p><p>1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载。</p><p>2. 本文档由用户上传,版权归属用户,三一文库负责整理代发布。</p><p>网站客服:3074922707</p></div>
<div class="content">${parts.join('\n')}</div>
<div class="more">预览已结束,剩余页可下载查看 <a href="/down">下载文档到电脑,查找使用更方便</a></div>
<div class="related"><h3>相关资源</h3><ul>${Array.from({ length: 20 }, (_, i) => `<li><a href="/p-${i}.html">双拥工作总结范文${i}.docx</a></li>`).join('')}</ul></div></div>
<div class="footer">三一文库 版权所有</div></body></html>`;
}
