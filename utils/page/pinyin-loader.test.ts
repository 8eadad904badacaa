// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installPinyinDictionary } from '../engine/text/pinyin-dictionary';
import { readingSource, setReadings } from '../engine/text/readings';
import { stripPinyin } from '../engine/text/pinyin';
import { ensurePinyinDictionary } from './pinyin-loader';

const installed = readingSource()!;
const withoutDictionary = () => setReadings(undefined);

describe('pinyin dictionary loading', () => {
  afterEach(() => setReadings(installed));

  it('strips nothing while the dictionary is missing', () => {
    withoutDictionary();
    expect(stripPinyin('全国(quánguó)著名').text).toBe('全国(quánguó)著名');
  });

  it('asks for the dictionary only when the page has a candidate', async () => {
    withoutDictionary();
    document.body.innerHTML = '<p>市双拥工作总结(2024年)</p>';
    const request = vi.fn(async () => installPinyinDictionary());
    expect(await ensurePinyinDictionary([document.body], request)).toBe(false);
    expect(request).not.toHaveBeenCalled();

    document.body.innerHTML = '<p>全国(quánguó)著名的革命老区</p>';
    expect(await ensurePinyinDictionary([document.body], request)).toBe(true);
    expect(request).toHaveBeenCalledTimes(1);
    expect(stripPinyin('全国(quánguó)著名').text).toBe('全国著名');
  });

  it('keeps the page as it is when injection fails', async () => {
    withoutDictionary();
    document.body.innerHTML = '<p>全国(quánguó)著名</p>';
    expect(await ensurePinyinDictionary([document.body], () => Promise.reject(new Error('no access')))).toBe(false);
  });

});
