import { expect, test } from 'vitest';
import { referencedImage } from '@/lib/sites/image-reference';

test('a follow-up that points at an earlier image names its position, in English and Chinese', () => {
  expect(referencedImage('Make the second one brighter')).toBe(2);
  expect(referencedImage('I like the first image more, add a hat')).toBe(1);
  expect(referencedImage('把第三张改成夜景')).toBe(3);
  expect(referencedImage('go back to the previous version')).toBe('previous');
  expect(referencedImage('上一张更好')).toBe('previous');
  expect(referencedImage('make the bunny white')).toBeNull();
  expect(referencedImage('make the second one red')).toBe(2);
  expect(referencedImage('three apples: the first one bitten')).toBeNull();
});
