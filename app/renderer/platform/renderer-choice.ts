// Picks Phaser's renderer. On school laptops without a working GPU driver, Chromium's WebGL is software
// (SwiftShader/llvmpipe) and draws a full-screen town at a few frames a second, while Canvas 2D runs at the
// monitor's rate (docs/performance.md). So "auto" means WebGL only where WebGL is hardware-accelerated.
export type RendererRequest = 'auto' | 'canvas' | 'webgl';

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** The decision itself, pure: `glRenderer` is the unmasked WebGL renderer string, or null without WebGL. */
export function chooseRenderer(requested: RendererRequest, glRenderer: string | null): 'canvas' | 'webgl' {
  if (requested !== 'auto') return requested;
  if (!glRenderer || SOFTWARE_GL.test(glRenderer)) return 'canvas';
  return 'webgl';
}

/** The WebGL renderer string of this machine, or null where WebGL is unavailable. */
export function probeWebGLRenderer(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}

export function parseRendererRequest(value: string | null): RendererRequest {
  return value === 'canvas' || value === 'webgl' ? value : 'auto';
}
