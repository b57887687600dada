import '../../../testing/jsdom-polyfills';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { reference } from '../conveningFixtures';
import { ExtensionForm } from './ExtensionForm';

afterEach(cleanup);

describe('ExtensionForm', () => {
  it('shows the new deadline before saving, and refuses more than ten years', () => {
    render(<ExtensionForm reference={reference} onCreated={() => undefined} onCancel={() => undefined} />);
    const preview = screen.getByTestId('extension-preview');
    expect(preview.textContent).toMatch(/Enter the current deadline and the years asked/);
    fireEvent.change(screen.getByLabelText('Current clearance deadline'), {
      target: { value: '2027-03-01' },
    });
    fireEvent.change(screen.getByLabelText('Years asked'), { target: { value: '5' } });
    expect(preview.textContent).toContain(`New deadline if granted: 1 March 2032`);
    fireEvent.change(screen.getByLabelText('Current clearance deadline'), {
      target: { value: '2028-02-29' },
    });
    fireEvent.change(screen.getByLabelText('Years asked'), { target: { value: '1' } });
    expect(preview.textContent).toContain(`28 February 2029`);
    fireEvent.change(screen.getByLabelText('Years asked'), { target: { value: '11' } });
    expect(preview.textContent).toMatch(/from 1 to 10 whole years \(Art\. 5\.3\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Record the request' }));
    expect(screen.getByText('Years asked may not exceed ten years (Art. 5.3)')).toBeTruthy();
  });
});
