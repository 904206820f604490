// "auto" must never pick a software WebGL that draws the town at a few frames a second.
import { describe, expect, it } from 'vitest';
import { chooseRenderer, parseRendererRequest } from '../../../app/renderer/platform/renderer-choice';

describe('chooseRenderer', () => {
  it('uses Canvas where WebGL is software-rendered or missing', () => {
    expect(chooseRenderer('auto', 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')).toBe('canvas');
    expect(chooseRenderer('auto', 'llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('canvas');
    expect(chooseRenderer('auto', 'Microsoft Basic Render Driver')).toBe('canvas');
    expect(chooseRenderer('auto', null)).toBe('canvas');
  });
  it('uses WebGL on a real GPU', () => {
    expect(chooseRenderer('auto', 'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0)')).toBe('webgl');
  });
  it('obeys an explicit request', () => {
    expect(chooseRenderer('webgl', 'SwiftShader')).toBe('webgl');
    expect(chooseRenderer('canvas', 'NVIDIA GeForce')).toBe('canvas');
  });
  it('reads only known renderer names from the URL', () => {
    expect(parseRendererRequest('canvas')).toBe('canvas');
    expect(parseRendererRequest('webgl')).toBe('webgl');
    expect(parseRendererRequest('vulkan')).toBe('auto');
    expect(parseRendererRequest(null)).toBe('auto');
  });
});
